// The Documents page over the demo: agreements written in the background into the folder chosen, a batch stopped
// after two files, a folder that cannot be written to, a list as CSV, reminders, and how the page looks.
#include "DocumentsPage.h"
#include "FormMessage.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "documents/Reminders.h"
#include "i18n/Translations.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace interntrack;
using namespace interntrack::test;

Q_DECLARE_METATYPE(interntrack::DocumentFormat)

namespace {

/// The page with its questions answered by the test.
class TestablePage : public DocumentsPage
{
public:
    using DocumentsPage::DocumentsPage;

    QString folder;
    QString file;
    QString suggestedName;
    QList<QUrl> opened;

protected:
    QString chooseFolder(const QString&) override { return folder; }
    QString chooseFile(const QString&, const QString& suggested, const QString&) override
    {
        suggestedName = suggested;
        return file;
    }
    void openUrl(const QUrl& url) override { opened.append(url); }
};

} // namespace

class TestDocumentsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void agreementsForEveryInternshipInScope_data();
    void agreementsForEveryInternshipInScope();
    void stopAfterTwoFilesKeepsThemWhole();
    void unwritableFolderWritesNothing();
    void listAsCsvWithBom_data();
    void listAsCsvWithBom();
    void remindersAsFilesAndMailto();
    void renders_data();
    void renders();

private:
    /// Runs @p output on @p page and waits for the end.
    static bool runAndWait(TestablePage& page, DocumentsPage::Output output);
    /// The entries of @p path, hidden ones (temporary files) included.
    static QStringList entries(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestDocumentsPage::initTestCase()
{
    QVERIFY(Translations::install(QStringLiteral("en")).ok());
}

void TestDocumentsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("demo.interntrack"));
    QCOMPARE(createDemoDatabase(path), QString());
    m_ws = std::make_unique<Workspace>();
    m_ws->setClock([] { return demoNow(); });
    m_ws->setActor(Actor{QStringLiteral("Ada Advisor"), Role::Secretariat, {}});
    const Status opened = m_ws->open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_ws->waitForLoaded();
}

bool TestDocumentsPage::runAndWait(TestablePage& page, DocumentsPage::Output output)
{
    QSignalSpy finished(&page, &DocumentsPage::finished);
    if (!page.generate(output))
        return false;
    return finished.wait(120000) && !page.isRunning();
}

QStringList TestDocumentsPage::entries(const QString& path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

void TestDocumentsPage::agreementsForEveryInternshipInScope_data()
{
    QTest::addColumn<DocumentFormat>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("pdf") << DocumentFormat::Pdf << QByteArray("%PDF-");
    QTest::newRow("odt") << DocumentFormat::Odt << QByteArray("PK");
}

void TestDocumentsPage::agreementsForEveryInternshipInScope()
{
    QFETCH(DocumentFormat, format);
    QFETCH(QByteArray, magic);
    TestablePage page(*m_ws);
    page.setDocumentFormat(format);
    QCOMPARE(page.documentFormat(), format);
    page.setLanguage(QStringLiteral("fr"));

    // The scope: the demo's internships, without the rejected and cancelled ones, and with the filter only
    // those approved or further.
    QStringList all, approved;
    for (const Internship& i : m_ws->cohort().internships) {
        if (i.state == WorkflowState::Rejected || i.state == WorkflowState::Cancelled)
            continue;
        all.append(i.id);
        if (i.state >= WorkflowState::Approved)
            approved.append(i.id);
    }
    page.setApprovedOnly(false);
    QCOMPARE(page.internshipsInScope(), all);
    page.setApprovedOnly(true);
    QCOMPARE(page.internshipsInScope(), approved);
    QVERIFY(approved.size() >= 3);
    QVERIFY(approved.size() < all.size()); // the filter filters

    QTemporaryDir out;
    page.folder = out.path();
    QVERIFY(runAndWait(page, DocumentsPage::Output::Agreements));
    QVERIFY2(!page.lastRunFailed(), qPrintable(page.resultText()));
    const QStringList files = entries(out.path());
    QCOMPARE(files.size(), approved.size());
    for (const QString& name : files) {
        QVERIFY2(name.startsWith(QLatin1String("agreement-"))
                     && name.endsWith(QLatin1Char('.') + documentFormatSuffix(format)),
                 qPrintable(name));
        QFile f(QDir(out.path()).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(magic.size()), magic);
    }
    QCOMPARE(page.lastWritten().size(), approved.size());
    QVERIFY2(page.resultText().contains(QStringLiteral("%1 agreement").arg(approved.size())),
             qPrintable(page.resultText()));
    QVERIFY(page.resultText().contains(QDir::toNativeSeparators(out.path())));

    // The folder opens from the page.
    auto* open = page.findChild<QPushButton*>(QStringLiteral("openFolderButton"));
    QVERIFY(open && !open->isHidden());
    open->click();
    QCOMPARE(page.opened, QList<QUrl>{QUrl::fromLocalFile(out.path())});
}

void TestDocumentsPage::stopAfterTwoFilesKeepsThemWhole()
{
    TestablePage page(*m_ws);
    page.setApprovedOnly(false);
    QVERIFY(page.internshipsInScope().size() > 2);
    QTemporaryDir out;
    page.folder = out.path();
    // The worker reports each file; stopping at the second, exactly.
    connect(
        &page, &DocumentsPage::progressed, &page,
        [&page](int done, int) {
            if (done == 2)
                page.cancel();
        },
        Qt::DirectConnection);
    QVERIFY(runAndWait(page, DocumentsPage::Output::Certificates));
    QVERIFY2(!page.lastRunFailed(), qPrintable(page.resultText()));
    const QStringList files = entries(out.path());
    QCOMPARE(files.size(), 2); // no temporary file left
    for (const QString& name : files) {
        QVERIFY(name.startsWith(QLatin1String("certificate-")) && name.endsWith(QLatin1String(".pdf")));
        QFile f(QDir(out.path()).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF")); // whole
    }
    QVERIFY2(page.resultText().startsWith(QLatin1String("Stopped: 2 certificate")), qPrintable(page.resultText()));
}

void TestDocumentsPage::unwritableFolderWritesNothing()
{
    TestablePage page(*m_ws);
    QTemporaryDir out;
    QFile file(QDir(out.path()).filePath(QStringLiteral("file.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a folder");
    file.close();
    page.folder = QDir(out.path()).filePath(QStringLiteral("file.txt/sub"));
    QVERIFY(runAndWait(page, DocumentsPage::Output::Agreements));
    QVERIFY(page.lastRunFailed());
    QVERIFY(page.lastWritten().isEmpty());
    QVERIFY(page.resultText().size() > 20);
    QVERIFY2(page.resultText().contains(QLatin1String("file.txt")), qPrintable(page.resultText()));
    auto* message = page.findChild<FormMessage*>(QStringLiteral("documentsResult"));
    QVERIFY(message && !message->isHidden());
    QCOMPARE(message->severity(), Severity::Error);
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("openFolderButton"))->isHidden());
    QCOMPARE(entries(out.path()), QStringList{QStringLiteral("file.txt")});

    // The same for a list written under the file.
    page.file = QDir(page.folder).filePath(QStringLiteral("list.csv"));
    QVERIFY(runAndWait(page, DocumentsPage::Output::Lists));
    QVERIFY(page.lastRunFailed());
    QCOMPARE(entries(out.path()), QStringList{QStringLiteral("file.txt")});
}

void TestDocumentsPage::listAsCsvWithBom_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::newRow("semicolon") << ';';
    QTest::newRow("comma") << ',';
}

void TestDocumentsPage::listAsCsvWithBom()
{
    QFETCH(char, delimiter);
    TestablePage page(*m_ws);
    page.setListKind(DocumentsPage::ListKind::StudentStatus);
    page.setListPdf(false);
    page.setCsvDelimiter(delimiter);
    QTemporaryDir out;
    page.file = QDir(out.path()).filePath(QStringLiteral("status.csv"));
    QVERIFY(runAndWait(page, DocumentsPage::Output::Lists));
    QVERIFY2(!page.lastRunFailed(), qPrintable(page.resultText()));
    QCOMPARE(page.suggestedName, QStringLiteral("students-status-%1.csv").arg(m_ws->cohort().year().toString()));
    QFile f(page.file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    QVERIFY(lines.first().contains(delimiter));
    QCOMPARE(csv.count("\r\n"), qsizetype(m_ws->cohort().students.size() + 1)); // a header, a row per student
    QCOMPARE(page.lastWritten(), QStringList{page.file});
}

void TestDocumentsPage::remindersAsFilesAndMailto()
{
    TestablePage page(*m_ws);
    page.setLanguage(QStringLiteral("en"));
    const QList<EmailDraft> drafts = Reminders::drafts(m_ws->cohort(), {}, m_ws->today(), QStringLiteral("en"));
    QVERIFY(!drafts.isEmpty());
    QTemporaryDir out;
    page.folder = out.path();
    QVERIFY(runAndWait(page, DocumentsPage::Output::Reminders));
    QVERIFY2(!page.lastRunFailed(), qPrintable(page.resultText()));
    QCOMPARE(entries(out.path()).size(), drafts.size());
    for (const QString& name : entries(out.path()))
        QVERIFY(name.endsWith(QLatin1String(".eml")));

    // For the student selected on the Students page, the draft opens in the mail program.
    QString selected = drafts.first().studentId;
    for (const EmailDraft& d : drafts) {
        if (!d.to.isEmpty()) {
            selected = d.studentId;
            break;
        }
    }
    page.setSelectedStudentProvider([&selected] { return selected; });
    page.setSelectedOnly(true);
    QCOMPARE(page.studentsInScope(), QStringList{selected});
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("emailButton"))->isEnabled());
    QVERIFY(page.emailSelectedStudent());
    QCOMPARE(page.opened.size(), 1);
    QCOMPARE(page.opened.first().scheme(), QStringLiteral("mailto"));
    // The scope follows the selection: that student's internships only.
    for (const QString& id : page.internshipsInScope())
        QCOMPARE(m_ws->internship(id)->studentId, selected);
    // Nothing selected: the whole year again, and no email to open.
    selected.clear();
    QVERIFY(page.studentsInScope().isEmpty());
    QVERIFY(!page.emailSelectedStudent());
}

void TestDocumentsPage::renders_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestDocumentsPage::renders()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(language).ok());
    TestablePage page(*m_ws);
    page.setTexts(tr("Documents"), QStringLiteral("Internship agreements (convention de stage), completion "
                                                  "certificates and lists, as PDF, ODT or CSV."));
    page.setSelectedStudentProvider([this] { return m_ws->cohort().students.first().id; });
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::qWait(50);
    // With the result of a run under the sections.
    QTemporaryDir out;
    page.folder = out.path();
    QVERIFY(runAndWait(page, DocumentsPage::Output::Agreements));
    QTest::qWait(50);
    const QString folder = qEnvironmentVariable("INTERNTRACK_SCREENSHOT_DIR", QDir::tempPath());
    QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("documents-page-%1.png").arg(language))));
    // Every text fits: no button narrower than its label.
    for (QPushButton* b : page.findChildren<QPushButton*>()) {
        if (b->isVisible())
            QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text()));
    }
    QVERIFY(Translations::install(QStringLiteral("en")).ok());
}

QTEST_MAIN(TestDocumentsPage)
#include "tst_documentspage.moc"
