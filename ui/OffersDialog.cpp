#include "OffersDialog.h"

#include "DateField.h"
#include "FormMessage.h"
#include "ItemTableModel.h"
#include "OffersPage.h"
#include "Workspace.h"
#include "io/OffersFile.h"
#include "storage/OfferRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace interntrack {

namespace {

QStringList topicsOf(const QString& text)
{
    QStringList out;
    for (const QString& t : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            out.append(t.trimmed());
    }
    return out;
}

} // namespace

// OfferEditDialog ---------------------------------------------------------------------------------

OfferEditDialog::OfferEditDialog(const Offer& offer, bool isNew, QWidget* parent)
    : QDialog(parent)
    , m_original(offer)
    , m_hostName(new QLineEdit(this))
    , m_hostKind(new QComboBox(this))
    , m_aiResearch(new QCheckBox(this))
    , m_city(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_topics(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_startEarliest(new DateField(true, this))
    , m_startLatest(new DateField(true, this))
    , m_weeks(new QSpinBox(this))
    , m_gratification(new QDoubleSpinBox(this))
    , m_contactName(new QLineEdit(this))
    , m_contactEmail(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_closed(new QCheckBox(this))
    , m_message(new FormMessage(this))
    , m_ok(nullptr)
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("offerEditDialog"));
    setWindowTitle(isNew ? tr("New Offer") : tr("Edit Offer"));
    m_hostKind->addItem(ItemTableModel::hostKindName(HostKind::PublicLab), int(HostKind::PublicLab));
    m_hostKind->addItem(ItemTableModel::hostKindName(HostKind::Company), int(HostKind::Company));
    m_aiResearch->setText(tr("The host does research in AI, machine learning or data science"));
    m_topics->setPlaceholderText(tr("Comma-separated, e.g. NLP, Health"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(70);
    m_description->setMaximumHeight(110);
    m_startEarliest->setFieldName(tr("Earliest start"));
    m_startLatest->setFieldName(tr("Latest start"));
    m_weeks->setRange(0, 520);
    m_weeks->setMaximumWidth(160);
    m_weeks->setSuffix(tr(" weeks"));
    m_gratification->setRange(0, 100000);
    m_gratification->setDecimals(2);
    m_gratification->setMaximumWidth(160);
    m_gratification->setSuffix(tr(" €/month"));
    m_closed->setText(tr("Closed: takes no more applications"));
    m_url->setPlaceholderText(tr("https://…"));

    addField(QStringLiteral("title"), tr("&Title:"), m_title);
    addField(QStringLiteral("host_name"), tr("&Host:"), m_hostName);
    addField(QStringLiteral("host_kind"), tr("&Kind:"), m_hostKind);
    addField(QStringLiteral("ai_research"), QString(), m_aiResearch);
    addField(QStringLiteral("city"), tr("C&ity:"), m_city);
    addField(QStringLiteral("country"), tr("C&ountry:"), m_country);
    addField(QStringLiteral("topics"), tr("To&pics:"), m_topics);
    addField(QStringLiteral("description"), tr("&Description:"), m_description);
    addField(QStringLiteral("start_earliest"), tr("&Earliest start:"), m_startEarliest);
    addField(QStringLiteral("start_latest"), tr("&Latest start:"), m_startLatest);
    addField(QStringLiteral("weeks"), tr("&Length:"), m_weeks);
    addField(QStringLiteral("gratification_eur"), tr("&Gratification:"), m_gratification);
    addField(QStringLiteral("contact_name"), tr("Co&ntact:"), m_contactName);
    addField(QStringLiteral("contact_email"), tr("Contact e&mail:"), m_contactEmail);
    addField(QStringLiteral("url"), tr("&URL:"), m_url);
    addField(QStringLiteral("closed"), QString(), m_closed);
    m_grid->setColumnStretch(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        check();
        if (m_ok->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_grid);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // Fill in the form
    m_hostName->setText(offer.hostName);
    m_hostKind->setCurrentIndex(m_hostKind->findData(int(offer.hostKind)));
    m_aiResearch->setChecked(offer.aiResearch);
    m_city->setText(offer.city);
    m_country->setText(offer.country);
    m_title->setText(offer.title);
    m_topics->setText(offer.topics.join(QStringLiteral(", ")));
    m_description->setPlainText(offer.description);
    m_startEarliest->setDate(offer.startEarliest);
    m_startLatest->setDate(offer.startLatest);
    m_weeks->setValue(offer.weeks);
    m_gratification->setValue(offer.gratificationEur);
    m_contactName->setText(offer.contactName);
    m_contactEmail->setText(offer.contactEmail);
    m_url->setText(offer.url);
    m_closed->setChecked(offer.closed);

    for (QLineEdit* e : {m_hostName, m_city, m_country, m_title, m_topics, m_contactName, m_contactEmail, m_url})
        connect(e, &QLineEdit::textChanged, this, &OfferEditDialog::check);
    connect(m_description, &QPlainTextEdit::textChanged, this, &OfferEditDialog::check);
    connect(m_startEarliest, &DateField::dateChanged, this, &OfferEditDialog::check);
    connect(m_startLatest, &DateField::dateChanged, this, &OfferEditDialog::check);
    connect(m_weeks, &QSpinBox::valueChanged, this, &OfferEditDialog::check);
    connect(m_gratification, &QDoubleSpinBox::valueChanged, this, &OfferEditDialog::check);
    check();
    resize(620, sizeHint().height());
}

void OfferEditDialog::addField(const QString& field, const QString& label, QWidget* input)
{
    const int row = m_grid->rowCount();
    input->setObjectName(field);
    if (!label.isEmpty()) {
        auto* l = new QLabel(label, this);
        l->setBuddy(input);
        m_grid->addWidget(l, row, 0, Qt::AlignRight | Qt::AlignTop);
    }
    m_grid->addWidget(input, row, 1);
    auto* note = new QLabel(this);
    note->setObjectName(field + QStringLiteral("Note"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(link);"));
    note->hide();
    m_grid->addWidget(note, row + 1, 1);
    m_inputs.insert(field, input);
    m_notes.insert(field, note);
}

Offer OfferEditDialog::offer() const
{
    Offer o = m_original;
    o.hostName = m_hostName->text().trimmed();
    o.hostKind = HostKind(m_hostKind->currentData().toInt());
    o.aiResearch = m_aiResearch->isChecked();
    o.city = m_city->text().trimmed();
    o.country = m_country->text().trimmed();
    o.title = m_title->text().trimmed();
    o.topics = topicsOf(m_topics->text());
    o.description = m_description->toPlainText().trimmed();
    o.startEarliest = m_startEarliest->date();
    o.startLatest = m_startLatest->date();
    o.weeks = m_weeks->value();
    o.gratificationEur = m_gratification->value();
    o.contactName = m_contactName->text().trimmed();
    o.contactEmail = m_contactEmail->text().trimmed();
    o.url = m_url->text().trimmed();
    o.closed = m_closed->isChecked();
    return o;
}

QWidget* OfferEditDialog::fieldWidget(const QString& field) const
{
    return m_inputs.value(field);
}

QString OfferEditDialog::fieldNote(const QString& field) const
{
    const QLabel* note = m_notes.value(field);
    return note ? note->text() : QString();
}

QString OfferEditDialog::message() const
{
    return m_message->text();
}

void OfferEditDialog::check()
{
    const Offer o = offer();
    QHash<QString, QString> notes;
    // What validate() refuses, said beside the field it is about.
    if (o.title.isEmpty())
        notes.insert(QStringLiteral("title"), tr("Give the offer a title: it becomes the subject of the proposal."));
    if (o.startEarliest.isValid() && o.startLatest.isValid() && o.startLatest < o.startEarliest)
        notes.insert(QStringLiteral("start_latest"), tr("The latest start is before the earliest start."));
    if (o.startLatest.isValid() && !o.startEarliest.isValid())
        notes.insert(QStringLiteral("start_earliest"), tr("Give the earliest start too."));
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it) {
        const QString text = notes.value(it.key());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    const Status valid = OfferRepository::validate(o);
    if (!valid && notes.isEmpty())
        m_message->showMessage(Severity::Error, valid.error());
    else if (!notes.isEmpty())
        m_message->showMessage(Severity::Error, tr("Correct what is said beside the fields to save the offer."));
    else
        m_message->clearMessage();
    m_ok->setEnabled(valid.ok() && notes.isEmpty());
}

// OffersDialog ------------------------------------------------------------------------------------

OffersDialog::OffersDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_year(workspace.year())
    , m_intro(new QLabel(this))
    , m_model(new OffersModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_applicationsLabel(new QLabel(this))
    , m_applications(new QTreeWidget(this))
    , m_message(new FormMessage(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("offersDialog"));
    if (Database* db = workspace.database())
        m_repository = std::make_unique<OfferRepository>(*db, workspace.actor().name);

    m_prompts.editOffer = [](OfferEditDialog& form) { return form.exec() == QDialog::Accepted; };
    m_prompts.saveFile = [this](const QString& title, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(this, title, suggested, filter);
    };
    m_prompts.confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes;
    };

    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("offersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(OffersModel::TitleColumn, QHeaderView::Stretch);
    m_add->setObjectName(QStringLiteral("addOfferButton"));
    m_edit->setObjectName(QStringLiteral("editOfferButton"));
    m_remove->setObjectName(QStringLiteral("removeOfferButton"));
    m_export->setObjectName(QStringLiteral("exportOffersButton"));
    m_applications->setObjectName(QStringLiteral("offerApplications"));
    m_applications->setColumnCount(4);
    m_applications->setRootIsDecorated(false);
    m_applications->setSelectionMode(QAbstractItemView::NoSelection);
    m_applicationsLabel->setBuddy(m_applications);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_export);

    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_applicationsLabel);
    layout->addWidget(m_applications, 1);
    layout->addLayout(bottom);

    connect(m_add, &QPushButton::clicked, this, &OffersDialog::addOffer);
    connect(m_edit, &QPushButton::clicked, this, &OffersDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &OffersDialog::removeSelected);
    connect(m_export, &QPushButton::clicked, this, &OffersDialog::exportForStudents);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableView::doubleClicked, this, &OffersDialog::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        reloadApplications();
    });

    retranslate();
    reload();
    resize(900, 600);
}

OffersDialog::~OffersDialog() = default;

void OffersDialog::reload()
{
    const qint64 selected = selectedOfferId();
    if (!m_repository) {
        m_model->setOffers({});
        m_message->showMessage(Severity::Error, tr("No database is open."));
        updateButtons();
        return;
    }
    const Result<QList<Offer>> offers = m_repository->offers(m_year);
    if (!offers) {
        m_model->setOffers({});
        m_message->showMessage(Severity::Error, offers.error());
    } else {
        m_model->setOffers(offers.value());
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(OffersModel::TitleColumn, QHeaderView::Stretch);
    if (selected != 0)
        selectOffer(selected);
    updateButtons();
    reloadApplications();
}

bool OffersDialog::selectOffer(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->offerAt(row)->id == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

qint64 OffersDialog::selectedOfferId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const Offer* o = m_model->offerAt(rows.constFirst().row());
    return o ? o->id : 0;
}

QString OffersDialog::messageText() const
{
    return m_message->text();
}

void OffersDialog::updateButtons()
{
    const bool writable = m_repository && !m_ws.isReadOnly();
    const bool selected = selectedOfferId() != 0;
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && selected);
    m_remove->setEnabled(writable && selected);
    m_export->setEnabled(m_repository != nullptr && m_model->rowCount() > 0);
}

void OffersDialog::reloadApplications()
{
    m_applications->clear();
    const qint64 id = selectedOfferId();
    if (!m_repository || id == 0) {
        m_applicationsLabel->setText(tr("Applications (select an offer)"));
        return;
    }
    const Result<QList<Application>> applications = m_repository->applicationsOfOffer(id);
    if (!applications) {
        m_message->showMessage(Severity::Error, applications.error());
        return;
    }
    m_applicationsLabel->setText(tr("Applications to the selected offer: %n", nullptr, int(applications->size())));
    for (const Application& a : applications.value()) {
        auto* item = new QTreeWidgetItem(m_applications);
        const Student* s = m_ws.student(a.studentId);
        item->setText(0, s ? s->name : a.studentId);
        item->setText(1, applicationStateName(a.state));
        item->setText(2, a.changedAt.isValid()
                             ? QLocale().toString(a.changedAt.toLocalTime().date(), QStringLiteral("d MMM yyyy"))
                             : QString());
        item->setText(3, a.note);
    }
}

qint64 OffersDialog::addOffer()
{
    if (!m_repository)
        return 0;
    Offer blank;
    blank.year = m_year;
    blank.posted = m_ws.today();
    OfferEditDialog form(blank, true, this);
    if (!m_prompts.editOffer(form))
        return 0;
    const Result<qint64> id = m_repository->addOffer(form.offer());
    if (!id) {
        m_message->showMessage(Severity::Error, id.error());
        return 0;
    }
    m_message->showMessage(Severity::Info, tr("Offer \"%1\" added.").arg(form.offer().title));
    reload();
    selectOffer(id.value());
    return id.value();
}

bool OffersDialog::editSelected()
{
    const Offer* selected = m_model->offerById(selectedOfferId());
    if (!m_repository || !selected || m_ws.isReadOnly())
        return false;
    OfferEditDialog form(*selected, false, this);
    if (!m_prompts.editOffer(form))
        return false;
    if (Status s = m_repository->updateOffer(form.offer()); !s) {
        m_message->showMessage(Severity::Error, s.error());
        return false;
    }
    m_message->showMessage(Severity::Info, tr("Offer \"%1\" saved.").arg(form.offer().title));
    reload();
    return true;
}

bool OffersDialog::removeSelected()
{
    const Offer* selected = m_model->offerById(selectedOfferId());
    if (!m_repository || !selected || m_ws.isReadOnly())
        return false;
    const Offer offer = *selected;
    const Result<QList<Application>> applications = m_repository->applicationsOfOffer(offer.id);
    const int count = applications ? int(applications->size()) : 0;
    if (!m_prompts.confirm(
            tr("Remove Offer"),
            tr("Remove the offer \"%1\" and the %n application(s) to it?", nullptr, count).arg(offer.title)))
        return false;
    if (Status s = m_repository->removeOffer(offer.id); !s) {
        m_message->showMessage(Severity::Error, s.error());
        return false;
    }
    m_message->showMessage(Severity::Info, tr("Offer \"%1\" removed.").arg(offer.title));
    reload();
    return true;
}

QString OffersDialog::exportForStudents()
{
    if (!m_repository)
        return {};
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("offers-%1%2").arg(m_year.toString(), OffersFile::suffix()));
    QString path = m_prompts.saveFile(tr("Export the Offers for Students"), suggested,
                                      tr("InternTrack offers (*%1)").arg(OffersFile::suffix()));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(OffersFile::suffix()))
        path += OffersFile::suffix();
    const Result<QList<Offer>> offers = m_repository->offers(m_year);
    if (!offers) {
        m_message->showMessage(Severity::Error, offers.error());
        return {};
    }
    if (Status s = OffersFile::save(path, m_year, offers.value()); !s) {
        m_message->showMessage(Severity::Error, s.error());
        return {};
    }
    m_message->showMessage(
        Severity::Info, tr("%n offer(s) written to %1: send this file to the students.", nullptr, int(offers->size()))
                            .arg(QDir::toNativeSeparators(path)));
    return path;
}

void OffersDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OffersDialog::retranslate()
{
    setWindowTitle(tr("Offers of %1").arg(m_year.toString()));
    m_intro->setText(tr("The internship offers that partner labs and companies sent for %1. Export them for the "
                        "students: they browse them, apply, and turn an accepted offer into a proposal.")
                         .arg(m_year.toString()));
    m_table->setAccessibleName(tr("Offers"));
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    m_export->setText(tr("E&xport for Students…"));
    m_close->setText(tr("&Close"));
    m_applications->setHeaderLabels({tr("Student"), tr("State"), tr("Since"), tr("Note")});
    m_applications->setAccessibleName(tr("Applications to the selected offer"));
    m_model->retranslate();
    reloadApplications();
}

} // namespace interntrack
