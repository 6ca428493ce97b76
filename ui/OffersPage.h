#pragma once

#include "domain/AcademicYear.h"
#include "domain/Offer.h"

#include <QAbstractTableModel>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeWidget;
class QCheckBox;

namespace interntrack {

class DateField;
class FormMessage;
class OfferRepository;

/// The offers of a year, one row each (title, host, city, topics, start, weeks, gratification, open or closed).
class OffersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        HostColumn,
        CityColumn,
        TopicsColumn,
        StartColumn,
        WeeksColumn,
        GratificationColumn,
        StatusColumn,
        ColumnCount
    };
    enum Roles {
        OfferIdRole = Qt::UserRole + 1, ///< qint64
        ClosedRole, ///< bool
    };

    explicit OffersModel(QObject* parent = nullptr);

    void setOffers(const QList<Offer>& offers);
    const QList<Offer>& offers() const { return m_offers; }
    /// The offer of @p row; nullptr outside the model.
    const Offer* offerAt(int row) const;
    /// The offer with id @p id; nullptr when not listed.
    const Offer* offerById(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Texts are made in data(): after a language change the views only need to be told.
    void retranslate();

private:
    QList<Offer> m_offers;
};

/**
 * Browsing the internship offers of a year and applying to them: a filter line (topic and free text,
 * case- and accent-insensitive), a start date range and "open only", the offers in a table, an Apply
 * button for the selected offer, and the student's applications with their state.
 *
 * Reads and writes through an OfferRepository the owner gives (and keeps alive); not wired into the
 * main window yet.
 */
class OffersPage : public QWidget
{
    Q_OBJECT

public:
    explicit OffersPage(QWidget* parent = nullptr);

    /// The offers of @p year in @p repository (nullptr: none); reloads.
    void setRepository(OfferRepository* repository, AcademicYear year);
    /// The student who applies (empty: nobody, Apply is disabled); reloads their applications.
    void setStudent(const QString& studentId);

    /// Reads the offers and the student's applications again.
    void reload();

    OfferFilter filter() const;
    OffersModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* applyButton() const { return m_apply; }
    QTreeWidget* applicationsView() const { return m_applications; }

signals:
    /// The student applied to @p offerId.
    void applied(qint64 offerId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reloadOffers();
    void reloadApplications();
    void updateApply();
    void applyToSelected();
    qint64 selectedOfferId() const;

    OfferRepository* m_repository = nullptr;
    AcademicYear m_year;
    QString m_studentId;
    QList<Application> m_applicationList;

    QLabel* m_topicLabel;
    QLineEdit* m_topic;
    QLabel* m_textLabel;
    QLineEdit* m_text;
    QLabel* m_fromLabel;
    DateField* m_from;
    QLabel* m_toLabel;
    DateField* m_to;
    QCheckBox* m_onlyOpen;
    OffersModel* m_model;
    QTableView* m_table;
    QPushButton* m_apply;
    QLabel* m_applicationsLabel;
    QTreeWidget* m_applications;
    FormMessage* m_message;
};

} // namespace interntrack
