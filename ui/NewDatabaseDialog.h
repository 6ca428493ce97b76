#pragma once

#include "domain/AcademicYear.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace interntrack {

/// Asks where to create a new database and for which academic year (it starts from the default rule set).
class NewDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p today decides the academic year offered first (the one starting next, from May on).
    explicit NewDatabaseDialog(QDate today, const QString& folder, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    AcademicYear year() const;
    /// The programme profile the database starts from (Profiles::ids()).
    QString profileId() const;
    void setYear(AcademicYear year);

    /// Fills @p combo with the shipped programme profiles ("name — institution"), their ids as item data.
    static void addShippedProfiles(QComboBox* combo);
    /// Fills @p combo with academic years around the one a programme prepares on @p today (the next one from May
    /// on), that one current; the start years as item data.
    static void addYearsAround(QComboBox* combo, QDate today);

private:
    void browse();
    void validate();

    QLineEdit* m_path;
    QComboBox* m_year;
    QComboBox* m_profile;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace interntrack
