// The Students overview page, offscreen: empty and loading states, filters and search, the detail pane of the
// selected student with their findings and the actions beside each, and the signals the main window wires.
#include "Icons.h"
#include "StudentsModel.h"
#include "StudentsPage.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "i18n/Translations.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace interntrack;
using Filter = StudentsFilterModel::Filter;

namespace {

/// English plural forms of "(s)" strings, until the English catalogue has the new ones (it is refreshed by
/// update_translations): "%n error(s)" → "1 error", "2 errors".
class EnglishPlurals : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char*, int n) const override
    {
        const QString text = QString::fromUtf8(source);
        if (n < 0 || !text.contains(QLatin1String("(s)")))
            return QString();
        return QString(text).replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
};

} // namespace

class TestStudentsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void icons();
    void emptyState();
    void loadingState();
    void filterToErrors();
    void searchFindsHost();
    void selectStudentShowsFindings();
    void overrideButtonFollowsRole();
    void fixEmitsEditRequested();
    void overriddenFindingSaysWhoAndWhy();
    void clickingAnItemMakesItCurrent();
    void doubleClickActivates();
    void ctrlFFocusesSearch();
    void selectionKeptAfterSave();
    void selectingAHiddenStudentShowsEveryone();
    void followsLanguage();
    void screenshot();

private:
    void openDemo(bool wait = true);
    QStringList findingMessages() const;
    QWidget* current() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<StudentsPage> m_page;
    std::unique_ptr<EnglishPlurals> m_plurals;
};

void TestStudentsPage::initTestCase()
{
    QVERIFY(Translations::install(QStringLiteral("en")).ok());
    m_plurals = std::make_unique<EnglishPlurals>();
    QCoreApplication::installTranslator(m_plurals.get());
}

void TestStudentsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("demo.interntrack"));
    QCOMPARE(test::createDemoDatabase(m_path), QString());
    m_ws = std::make_unique<Workspace>();
    m_ws->setClock([] { return test::demoNow(); });
    m_ws->setActor(Actor{QStringLiteral("Nona Naderi"), Role::Advisor, {}});
    m_page = std::make_unique<StudentsPage>(*m_ws);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestStudentsPage::cleanup()
{
    m_page.reset();
    m_ws.reset();
    m_dir.reset();
}

void TestStudentsPage::openDemo(bool wait)
{
    QVERIFY(m_ws->open(m_path).ok());
    if (wait)
        m_ws->waitForLoaded();
}

QStringList TestStudentsPage::findingMessages() const
{
    QStringList out;
    const auto* pane = m_page->findChild<QScrollArea*>(QStringLiteral("studentDetailPane"));
    for (const QLabel* label : pane->widget()->findChildren<QLabel*>(QStringLiteral("findingMessage")))
        out.append(label->text());
    out.sort();
    return out;
}

QWidget* TestStudentsPage::current() const
{
    return m_page->findChild<QStackedWidget*>()->currentWidget();
}

void TestStudentsPage::icons()
{
    // Every icon is in the resource and renders (the SVG icon engine is there).
    for (const QString& name : Icons::names()) {
        const QIcon icon = Icons::named(name);
        QVERIFY2(!icon.isNull(), qPrintable(name));
        const QImage image = icon.pixmap(QSize(32, 32)).toImage();
        QVERIFY2(!image.isNull() && image.width() == 32, qPrintable(name));
        bool painted = false;
        for (int y = 0; y < image.height() && !painted; ++y)
            for (int x = 0; x < image.width() && !painted; ++x)
                painted = qAlpha(image.pixel(x, y)) > 0;
        QVERIFY2(painted, qPrintable(name));
    }
    QVERIFY(!Icons::state(WorkflowState::SentForSignature).isNull());
    QVERIFY(!Icons::kind(ItemKind::SummerSchool).isNull());
    QVERIFY(!Icons::severity(Severity::Warning).isNull());
    QVERIFY(!Icons::app().isNull());
    QVERIFY(Icons::named(QStringLiteral("no-such-icon")).isNull());

    // Set INTERNTRACK_ICON_SHEET=/tmp/icons.png to look at every icon at 16, 24 and 48 pixels.
    const QString sheet = qEnvironmentVariable("INTERNTRACK_ICON_SHEET");
    if (!sheet.isEmpty()) {
        const QStringList names = Icons::names();
        QImage image(QSize(3 * 60 + 220, int(names.size()) * 52), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        for (int i = 0; i < names.size(); ++i) {
            const QIcon icon = Icons::named(names.at(i));
            int x = 4;
            for (int size : {16, 24, 48}) {
                p.drawPixmap(x, i * 52 + (50 - size) / 2, icon.pixmap(size, size));
                x += 60;
            }
            p.drawText(x, i * 52 + 30, names.at(i));
        }
        p.end();
        QVERIFY(image.save(sheet));
    }
}

void TestStudentsPage::emptyState()
{
    QCOMPARE(current()->objectName(), QStringLiteral("studentsEmpty"));
    const auto* text = m_page->findChild<QLabel*>(QStringLiteral("studentsEmptyText"));
    QVERIFY(text->isVisible());
    QVERIFY(text->text().contains(QStringLiteral("File > Open")));
    QVERIFY(m_page->currentStudentId().isEmpty());
}

void TestStudentsPage::loadingState()
{
    openDemo(false);
    QVERIFY(m_ws->isLoading());
    QCOMPARE(current()->objectName(), QStringLiteral("studentsLoading"));
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("studentsLoadingLabel"))->isVisible());
    QSignalSpy currentItem(m_page.get(), &StudentsPage::currentItemChanged);
    m_ws->waitForLoaded();
    QCOMPARE(current()->objectName(), QStringLiteral("studentsContent"));
    QVERIFY(m_page->tableView()->isVisible());
    QCOMPARE(m_page->tableView()->model()->rowCount(), 25);
    // The first student (by name) is selected and shown.
    QCOMPARE(m_page->currentStudentId(), QStringLiteral("s01"));
    QCOMPARE(currentItem.count(), 1);
    QCOMPARE(currentItem.at(0).at(0).value<ItemKind>(), ItemKind::Student);
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("detailName"))->text(), QStringLiteral("Amina Benali"));
    QVERIFY(
        m_page->findChild<QLabel*>(QStringLiteral("studentsCount"))->text().contains(QStringLiteral("25 students")));
    // Closing shows the empty state again.
    m_ws->close();
    QCOMPARE(current()->objectName(), QStringLiteral("studentsEmpty"));
}

void TestStudentsPage::filterToErrors()
{
    openDemo();
    int withErrors = 0;
    for (const Student& s : m_ws->cohort().students) {
        bool error = false;
        for (const Finding& f : m_ws->studentFindings(s.id))
            error = error || f.blocking();
        withErrors += error;
    }
    QVERIFY(withErrors > 0 && withErrors < 25);

    // Through the combo, as a user does.
    auto* combo = m_page->findChild<QComboBox*>(QStringLiteral("studentsFilter"));
    const int index = combo->findData(int(Filter::WithErrors));
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    QCOMPARE(m_page->proxyModel()->filter(), Filter::WithErrors);
    QCOMPARE(m_page->tableView()->model()->rowCount(), withErrors);
    for (int r = 0; r < withErrors; ++r)
        QVERIFY(m_page->tableView()->model()->index(r, 0).data(StudentsModel::ErrorCountRole).toInt() > 0);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("studentsCount"))
                ->text()
                .contains(QStringLiteral("%1 of 25").arg(withErrors)));
    // A student stays selected, one with errors.
    QVERIFY(!m_page->currentStudentId().isEmpty());
    QVERIFY(!findingMessages().isEmpty());

    // Through the API, the combo follows.
    m_page->setFilter(Filter::ByState, WorkflowState::Rejected);
    QCOMPARE(m_page->tableView()->model()->rowCount(), 1);
    QCOMPARE(combo->currentData().toInt(), 100 + int(WorkflowState::Rejected));
    QCOMPARE(m_page->currentStudentId(), QStringLiteral("s13"));
    m_page->setFilter(Filter::All);
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(m_page->currentStudentId(), QStringLiteral("s13")); // the same student stays selected
}

void TestStudentsPage::searchFindsHost()
{
    openDemo();
    m_page->setSearchText(QStringLiteral("mistral"));
    QCOMPARE(m_page->findChild<QLineEdit*>(QStringLiteral("studentsSearch"))->text(), QStringLiteral("mistral"));
    QCOMPARE(m_page->tableView()->model()->rowCount(), 1);
    QCOMPARE(m_page->currentStudentId(), QStringLiteral("s10"));
    m_page->setSearchText(QStringLiteral("Borelli"));
    QCOMPARE(m_page->tableView()->model()->rowCount(), 4); // s08's internship, the microscopy TER of s12–s14
    m_page->setSearchText(QStringLiteral("nobody at all"));
    QCOMPARE(m_page->tableView()->model()->rowCount(), 0);
    QVERIFY(m_page->currentStudentId().isEmpty());
    QVERIFY(findingMessages().isEmpty());
    m_page->setSearchText(QString());
    QCOMPARE(m_page->tableView()->model()->rowCount(), 25);
}

void TestStudentsPage::selectStudentShowsFindings()
{
    openDemo();
    QSignalSpy currentItem(m_page.get(), &StudentsPage::currentItemChanged);
    QVERIFY(m_page->selectStudent(QStringLiteral("s11")));
    QCOMPARE(m_page->currentStudentId(), QStringLiteral("s11"));
    QCOMPARE(currentItem.count(), 1);
    QCOMPARE(currentItem.at(0).at(0).value<ItemKind>(), ItemKind::Student);
    QCOMPARE(currentItem.at(0).at(1).toString(), QStringLiteral("s11"));
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("detailName"))->text(), QStringLiteral("Léa Fontaine"));

    QStringList expected;
    for (const Finding& f : m_ws->studentFindings(QStringLiteral("s11")))
        expected.append(f.message);
    expected.sort();
    QVERIFY(expected.size() >= 3);
    QCOMPARE(findingMessages(), expected);
    // Each item has its card: the TER and the internship.
    QStringList cards;
    const auto* pane = m_page->findChild<QScrollArea*>(QStringLiteral("studentDetailPane"));
    for (const QFrame* card : pane->widget()->findChildren<QFrame*>(QStringLiteral("itemCard")))
        cards.append(card->property("itemId").toString());
    QCOMPARE(cards,
             (QStringList{QStringLiteral("s11"), QStringLiteral("ter-pasteur"), QStringLiteral("int-fontaine")}));
    QVERIFY(!m_page->selectStudent(QStringLiteral("nobody")));
    QCOMPARE(m_page->currentStudentId(), QStringLiteral("s11"));
}

void TestStudentsPage::overrideButtonFollowsRole()
{
    openDemo();
    QVERIFY(m_page->selectStudent(QStringLiteral("s11")));
    const auto buttons = [&](const QString& name) {
        return m_page->findChild<QScrollArea*>(QStringLiteral("studentDetailPane"))
            ->widget()
            ->findChildren<QPushButton*>(name);
    };
    QList<QPushButton*> overrides = buttons(QStringLiteral("overrideButton"));
    QVERIFY(!overrides.isEmpty());
    for (QPushButton* b : overrides)
        QVERIFY(b->isEnabled());

    QSignalSpy requested(m_page.get(), &StudentsPage::overrideRequested);
    QPushButton* first = overrides.first();
    const QString rule = first->property("rule").toString();
    QTest::mouseClick(first, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QVERIFY(requested.at(0).at(1).toString() == QStringLiteral("int-fontaine")
            || requested.at(0).at(1).toString() == QStringLiteral("ter-pasteur"));
    QCOMPARE(requested.at(0).at(2).toString(), rule);

    m_ws->setActor(Actor{QStringLiteral("Secrétariat"), Role::Secretariat, {}});
    QCOMPARE(m_page->currentStudentId(), QStringLiteral("s11"));
    overrides = buttons(QStringLiteral("overrideButton"));
    QVERIFY(!overrides.isEmpty());
    for (QPushButton* b : overrides) {
        QVERIFY(!b->isEnabled());
        QCOMPARE(b->toolTip(), QStringLiteral("Only the advisor can override a rule."));
    }
    // The secretariat may still open the editors.
    for (QPushButton* b : buttons(QStringLiteral("fixButton")))
        QVERIFY(b->isEnabled());
    QTest::mouseClick(overrides.first(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
}

void TestStudentsPage::fixEmitsEditRequested()
{
    openDemo();
    QVERIFY(m_page->selectStudent(QStringLiteral("s11")));
    Finding target;
    for (const Finding& f : m_ws->findings(QStringLiteral("int-fontaine"))) {
        if (f.rule == QLatin1String("INT_GRATIFICATION_TOO_LOW"))
            target = f;
    }
    QCOMPARE(target.rule, QStringLiteral("INT_GRATIFICATION_TOO_LOW"));
    QPushButton* fix = nullptr;
    for (QPushButton* b : m_page->findChildren<QPushButton*>(QStringLiteral("fixButton"))) {
        if (b->property("rule").toString() == target.rule)
            fix = b;
    }
    QVERIFY(fix);
    QSignalSpy edit(m_page.get(), &StudentsPage::editRequested);
    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(edit.count(), 1);
    QCOMPARE(edit.at(0).at(0).value<ItemKind>(), ItemKind::Internship);
    QCOMPARE(edit.at(0).at(1).toString(), QStringLiteral("int-fontaine"));
    QCOMPARE(edit.at(0).at(2).toString(), target.field);

    // The card's Edit… opens the whole item.
    for (QFrame* card : m_page->findChildren<QFrame*>(QStringLiteral("itemCard"))) {
        if (card->property("itemId").toString() == QLatin1String("ter-pasteur")) {
            QTest::mouseClick(card->findChild<QPushButton*>(QStringLiteral("editButton")), Qt::LeftButton);
        }
    }
    QCOMPARE(edit.count(), 2);
    QCOMPARE(edit.at(1).at(0).value<ItemKind>(), ItemKind::Ter);
    QCOMPARE(edit.at(1).at(1).toString(), QStringLiteral("ter-pasteur"));
    QVERIFY(edit.at(1).at(2).toString().isEmpty());
}

void TestStudentsPage::overriddenFindingSaysWhoAndWhy()
{
    openDemo();
    QVERIFY(m_page->selectStudent(QStringLiteral("s12")));
    const QList<QLabel*> notes = m_page->findChildren<QLabel*>(QStringLiteral("overrideNote"));
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first()->text().startsWith(QStringLiteral("Overridden by Nona Naderi on 3 Feb 2026: Host's offer")),
             qPrintable(notes.first()->text()));
    // No action buttons beside an overridden finding.
    const QWidget* row = notes.first()->parentWidget();
    QCOMPARE(row->property("rule").toString(), QStringLiteral("INT_LEAD_TIME"));
    QVERIFY(row->findChildren<QPushButton*>().isEmpty());
}

void TestStudentsPage::clickingAnItemMakesItCurrent()
{
    openDemo();
    QVERIFY(m_page->selectStudent(QStringLiteral("s11")));
    QSignalSpy currentItem(m_page.get(), &StudentsPage::currentItemChanged);
    QFrame* internship = nullptr;
    for (QFrame* card : m_page->findChildren<QFrame*>(QStringLiteral("itemCard"))) {
        if (card->property("itemId").toString() == QLatin1String("int-fontaine"))
            internship = card;
    }
    QVERIFY(internship);
    // NOLINTNEXTLINE(clang-analyzer-core.CallAndMessage): false positive, QVERIFY above returns when it is null
    QTest::mouseClick(internship, Qt::LeftButton, {}, QPoint(internship->width() / 2, 8));
    QCOMPARE(currentItem.count(), 1);
    QCOMPARE(currentItem.at(0).at(0).value<ItemKind>(), ItemKind::Internship);
    QCOMPARE(currentItem.at(0).at(1).toString(), QStringLiteral("int-fontaine"));
    QVERIFY(internship->property("current").toBool());
    // Clicking it again says nothing new.
    QTest::mouseClick(internship, Qt::LeftButton, {}, QPoint(internship->width() / 2, 8));
    QCOMPARE(currentItem.count(), 1);
}

void TestStudentsPage::doubleClickActivates()
{
    openDemo();
    QVERIFY(m_page->selectStudent(QStringLiteral("s04")));
    QSignalSpy activated(m_page.get(), &StudentsPage::studentActivated);
    QTableView* table = m_page->tableView();
    const QModelIndex index = table->currentIndex();
    const QRect rect = table->visualRect(index);
    // A real double click: a press, then the double-click event (QTest sends only the latter), a release.
    QTest::mousePress(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("s04"));
}

void TestStudentsPage::ctrlFFocusesSearch()
{
    openDemo();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->tableView()->setFocus();
    QVERIFY(m_page->tableView()->hasFocus());
    QTest::keyClick(m_page->tableView(), Qt::Key_F, Qt::ControlModifier);
    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("studentsSearch"));
    QVERIFY(search->hasFocus());
    QVERIFY(search->isClearButtonEnabled());
    QVERIFY(!search->placeholderText().isEmpty());
    QTest::keyClicks(search, QStringLiteral("Varoquaux"));
    QCOMPARE(m_page->tableView()->model()->rowCount(), 1);
    QCOMPARE(m_page->currentStudentId(), QStringLiteral("s16"));
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(m_page->tableView()->hasFocus());
}

void TestStudentsPage::selectionKeptAfterSave()
{
    openDemo();
    QVERIFY(m_page->selectStudent(QStringLiteral("s11")));
    const int before = int(findingMessages().size());
    QSignalSpy currentItem(m_page.get(), &StudentsPage::currentItemChanged);
    Internship in = *m_ws->internship(QStringLiteral("int-fontaine"));
    in.gratification.amountEur = 900;
    QVERIFY(m_ws->saveItem(in).ok());
    QCOMPARE(m_page->currentStudentId(), QStringLiteral("s11"));
    QCOMPARE(int(findingMessages().size()), before - 1); // the detail pane follows
    QCOMPARE(currentItem.count(), 0); // the same student: nothing to tell
}

void TestStudentsPage::selectingAHiddenStudentShowsEveryone()
{
    openDemo();
    m_page->setFilter(Filter::NotPlaced);
    m_page->setSearchText(QStringLiteral("Jules"));
    QCOMPARE(m_page->tableView()->model()->rowCount(), 1);
    QVERIFY(m_page->selectStudent(QStringLiteral("s01")));
    QCOMPARE(m_page->proxyModel()->filter(), Filter::All);
    QVERIFY(m_page->proxyModel()->searchText().isEmpty());
    QCOMPARE(m_page->currentStudentId(), QStringLiteral("s01"));
    QCOMPARE(m_page->splitter()->objectName(), QStringLiteral("studentsSplitter"));
}

void TestStudentsPage::followsLanguage()
{
    openDemo();
    QVERIFY(m_page->selectStudent(QStringLiteral("s11")));
    auto* combo = m_page->findChild<QComboBox*>(QStringLiteral("studentsFilter"));
    m_page->setFilter(Filter::WithErrors);
    const int items = combo->count();
    QVERIFY(Translations::install(QStringLiteral("fr")).ok());
    QCOMPARE(combo->count(), items);
    QCOMPARE(combo->currentData().toInt(), int(Filter::WithErrors)); // the choice survives
    QCOMPARE(m_page->currentStudentId(), QStringLiteral("s11"));
    QCOMPARE(m_page->tableView()->model()->headerData(StudentsModel::StudentColumn, Qt::Horizontal).toString(),
             QCoreApplication::translate("interntrack::StudentsModel", "Student"));
    QVERIFY(Translations::install(QStringLiteral("en")).ok());
    QCOMPARE(combo->itemText(0), QStringLiteral("All students"));
}

void TestStudentsPage::screenshot()
{
    // Set INTERNTRACK_SCREENSHOT=/tmp/overview.png to look at the page as it renders offscreen.
    const QString out = qEnvironmentVariable("INTERNTRACK_SCREENSHOT");
    if (out.isEmpty())
        QSKIP("INTERNTRACK_SCREENSHOT not set");
    const QString state = qEnvironmentVariable("INTERNTRACK_SCREENSHOT_STATE"); // "empty" or "loading"
    if (state == QLatin1String("empty") || state == QLatin1String("loading")) {
        if (state == QLatin1String("loading"))
            openDemo(false);
        QCoreApplication::processEvents();
        QVERIFY(m_page->grab().save(out));
        m_ws->waitForLoaded();
        return;
    }
    openDemo();
    const QString student = qEnvironmentVariable("INTERNTRACK_SCREENSHOT_STUDENT", QStringLiteral("s11"));
    QVERIFY(m_page->selectStudent(student));
    if (qEnvironmentVariableIsSet("INTERNTRACK_SCREENSHOT_ROLE"))
        m_ws->setActor(Actor{QStringLiteral("Secrétariat"), Role::Secretariat, {}});
    const int width = qEnvironmentVariableIntValue("INTERNTRACK_SCREENSHOT_WIDTH");
    m_page->resize(width > 0 ? width : 1280, 800);
    QCoreApplication::processEvents();
    QVERIFY(m_page->grab().save(out));
}

QTEST_MAIN(TestStudentsPage)
#include "tst_studentspage.moc"
