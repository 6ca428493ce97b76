#include "OffersPage.h"

#include "DateField.h"
#include "FormMessage.h"
#include "storage/OfferRepository.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace interntrack {

namespace {

QString dayText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace

// OffersModel -------------------------------------------------------------------------------------

OffersModel::OffersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OffersModel::setOffers(const QList<Offer>& offers)
{
    beginResetModel();
    m_offers = offers;
    endResetModel();
}

const Offer* OffersModel::offerAt(int row) const
{
    return row >= 0 && row < m_offers.size() ? &m_offers.at(row) : nullptr;
}

const Offer* OffersModel::offerById(qint64 id) const
{
    for (const Offer& o : m_offers) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

int OffersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_offers.size());
}

int OffersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OffersModel::data(const QModelIndex& index, int role) const
{
    const Offer* o = index.isValid() ? offerAt(index.row()) : nullptr;
    if (!o)
        return {};
    if (role == OfferIdRole)
        return o->id;
    if (role == ClosedRole)
        return o->closed;
    if (role == Qt::TextAlignmentRole && (index.column() == WeeksColumn || index.column() == GratificationColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return o->description.isEmpty() ? o->title : o->title + QStringLiteral("\n\n") + o->description;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TitleColumn:
        return o->title;
    case HostColumn:
        return o->hostName;
    case CityColumn:
        return o->country.isEmpty() ? o->city : tr("%1, %2").arg(o->city, o->country);
    case TopicsColumn:
        return o->topics.join(QStringLiteral(", "));
    case StartColumn:
        if (!o->startEarliest.isValid())
            return tr("Not given");
        if (o->startLatest.isValid() && o->startLatest != o->startEarliest)
            return tr("%1 to %2").arg(dayText(o->startEarliest), dayText(o->startLatest));
        return dayText(o->startEarliest);
    case WeeksColumn:
        return o->weeks > 0 ? QVariant(o->weeks) : QVariant();
    case GratificationColumn:
        return tr("%1 €/month").arg(QLocale().toString(o->gratificationEur, 'f', 2));
    case StatusColumn:
        return o->closed ? tr("Closed") : tr("Open");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OffersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TitleColumn:
        return tr("Offer");
    case HostColumn:
        return tr("Host");
    case CityColumn:
        return tr("Place");
    case TopicsColumn:
        return tr("Topics");
    case StartColumn:
        return tr("Start");
    case WeeksColumn:
        return tr("Weeks");
    case GratificationColumn:
        return tr("Gratification");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

void OffersModel::retranslate()
{
    if (!m_offers.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_offers.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

// OffersPage --------------------------------------------------------------------------------------

OffersPage::OffersPage(QWidget* parent)
    : QWidget(parent)
    , m_topicLabel(new QLabel(this))
    , m_topic(new QLineEdit(this))
    , m_textLabel(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new DateField(true, this))
    , m_toLabel(new QLabel(this))
    , m_to(new DateField(true, this))
    , m_onlyOpen(new QCheckBox(this))
    , m_model(new OffersModel(this))
    , m_table(new QTableView(this))
    , m_apply(new QPushButton(this))
    , m_applicationsLabel(new QLabel(this))
    , m_applications(new QTreeWidget(this))
    , m_message(new FormMessage(this))
{
    m_topic->setClearButtonEnabled(true);
    m_text->setClearButtonEnabled(true);
    m_topicLabel->setBuddy(m_topic);
    m_textLabel->setBuddy(m_text);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_onlyOpen->setChecked(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(OffersModel::TitleColumn, QHeaderView::Stretch);

    m_applications->setColumnCount(3);
    m_applications->setRootIsDecorated(false);
    m_applications->setSelectionMode(QAbstractItemView::NoSelection);

    auto* filters = new QGridLayout;
    filters->addWidget(m_topicLabel, 0, 0);
    filters->addWidget(m_topic, 0, 1);
    filters->addWidget(m_textLabel, 0, 2);
    filters->addWidget(m_text, 0, 3);
    filters->addWidget(m_fromLabel, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_toLabel, 1, 2);
    filters->addWidget(m_to, 1, 3);
    filters->addWidget(m_onlyOpen, 1, 4);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 2);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apply);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_applicationsLabel);
    layout->addWidget(m_applications, 1);

    connect(m_topic, &QLineEdit::textChanged, this, &OffersPage::reloadOffers);
    connect(m_text, &QLineEdit::textChanged, this, &OffersPage::reloadOffers);
    connect(m_from, &DateField::dateChanged, this, &OffersPage::reloadOffers);
    connect(m_to, &DateField::dateChanged, this, &OffersPage::reloadOffers);
    connect(m_onlyOpen, &QCheckBox::toggled, this, &OffersPage::reloadOffers);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OffersPage::updateApply);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OffersPage::updateApply);
    connect(m_apply, &QPushButton::clicked, this, &OffersPage::applyToSelected);

    retranslate();
    updateApply();
}

void OffersPage::setRepository(OfferRepository* repository, AcademicYear year)
{
    m_repository = repository;
    m_year = year;
    reload();
}

void OffersPage::setStudent(const QString& studentId)
{
    m_studentId = studentId;
    reloadApplications();
    updateApply();
}

void OffersPage::reload()
{
    m_message->clearMessage();
    reloadOffers();
    reloadApplications();
}

OfferFilter OffersPage::filter() const
{
    OfferFilter f;
    f.topic = m_topic->text();
    f.text = m_text->text();
    f.startFrom = m_from->date();
    f.startTo = m_to->date();
    f.onlyOpen = m_onlyOpen->isChecked();
    return f;
}

void OffersPage::reloadOffers()
{
    const qint64 selected = selectedOfferId();
    if (!m_repository) {
        m_model->setOffers({});
        return;
    }
    const Result<QList<Offer>> offers = m_repository->offers(m_year, filter());
    if (!offers) {
        m_model->setOffers({});
        m_message->showMessage(Severity::Error, offers.error());
        return;
    }
    m_model->setOffers(offers.value());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->offerAt(row)->id == selected)
            m_table->selectRow(row);
    }
    reloadApplications(); // the titles of the applications come from the offers
}

void OffersPage::reloadApplications()
{
    m_applications->clear();
    m_applicationList.clear();
    if (!m_repository || m_studentId.isEmpty())
        return;
    const Result<QList<Application>> applications = m_repository->applicationsOfStudent(m_studentId);
    if (!applications) {
        m_message->showMessage(Severity::Error, applications.error());
        return;
    }
    m_applicationList = applications.value();
    for (const Application& a : m_applicationList) {
        QString title;
        if (const Offer* o = m_model->offerById(a.offerId)) {
            title = o->title;
        } else if (const Result<Offer> stored = m_repository->offer(a.offerId)) {
            title = stored->title;
        } else {
            title = tr("Offer #%1").arg(a.offerId);
        }
        auto* item = new QTreeWidgetItem(m_applications);
        item->setText(0, title);
        item->setText(1, applicationStateName(a.state));
        item->setText(2, a.changedAt.isValid()
                             ? QLocale().toString(a.changedAt.toLocalTime().date(), QStringLiteral("d MMM yyyy"))
                             : QString());
        item->setToolTip(0, a.note);
        item->setData(0, Qt::UserRole, a.id);
    }
    updateApply();
}

qint64 OffersPage::selectedOfferId() const
{
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return 0;
    const Offer* o = m_model->offerAt(rows.constFirst().row());
    return o ? o->id : 0;
}

void OffersPage::updateApply()
{
    const Offer* o = m_model->offerById(selectedOfferId());
    bool already = false;
    for (const Application& a : m_applicationList)
        already = already || (o && a.offerId == o->id);
    m_apply->setEnabled(m_repository && !m_studentId.isEmpty() && o && !o->closed && !already);
    if (!o)
        m_apply->setToolTip(tr("Select an offer to apply to it."));
    else if (o->closed)
        m_apply->setToolTip(tr("This offer is closed: it takes no more applications."));
    else if (already)
        m_apply->setToolTip(tr("You already applied to this offer."));
    else
        m_apply->setToolTip(QString());
}

void OffersPage::applyToSelected()
{
    const qint64 id = selectedOfferId();
    if (!m_repository || m_studentId.isEmpty() || id == 0)
        return;
    const Result<qint64> r = m_repository->apply(id, m_studentId);
    if (!r) {
        m_message->showMessage(Severity::Error, r.error());
        return;
    }
    const Offer* o = m_model->offerById(id);
    m_message->showMessage(Severity::Info, tr("You applied to \"%1\".").arg(o ? o->title : QString()));
    reloadApplications();
    emit applied(id);
}

void OffersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OffersPage::retranslate()
{
    m_topicLabel->setText(tr("&Topic:"));
    m_topic->setPlaceholderText(tr("e.g. NLP, vision"));
    m_textLabel->setText(tr("&Search:"));
    m_text->setPlaceholderText(tr("Title, host, city, description…"));
    m_fromLabel->setText(tr("Starting &from:"));
    m_from->setFieldName(tr("Starting from"));
    m_toLabel->setText(tr("Starting &until:"));
    m_to->setFieldName(tr("Starting until"));
    m_onlyOpen->setText(tr("&Open offers only"));
    m_table->setAccessibleName(tr("Offers"));
    m_apply->setText(tr("&Apply"));
    m_applicationsLabel->setText(tr("My applications"));
    m_applications->setHeaderLabels({tr("Offer"), tr("State"), tr("Since")});
    m_applications->setAccessibleName(tr("My applications"));
    m_model->retranslate();
    // Application state names come from the tr() of the domain: rebuild the list.
    reloadApplications();
}

} // namespace interntrack
