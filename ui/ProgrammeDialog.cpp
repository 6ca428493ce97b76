#include "ProgrammeDialog.h"

#include "FormMessage.h"
#include "NewDatabaseDialog.h"
#include "storage/CohortRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace interntrack {

ProgrammeDialog::ProgrammeDialog(const QStringList& taken, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_taken(taken)
    , m_profile(new QComboBox(this))
    , m_key(new QLineEdit(this))
    , m_keyProblem(new FormMessage(this))
    , m_year(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("programmeDialog"));
    setWindowTitle(tr("Add Programme"));

    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setAccessibleName(tr("Start from the profile"));
    NewDatabaseDialog::addShippedProfiles(m_profile);

    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setAccessibleName(tr("Programme key"));
    m_key->setMaxLength(64);
    m_keyProblem->setObjectName(QStringLiteral("keyProblem"));

    NewDatabaseDialog::addYearsAround(m_year, today);
    m_year->setObjectName(QStringLiteral("yearCombo"));
    m_year->setAccessibleName(tr("First academic year"));

    auto* note = new QLabel(tr("The programme has its own academic years, rules and students in this database; hosts "
                               "and tutors are shared. Its rules start from the profile's, and the advisor can change "
                               "them in Settings. The key names the programme for interntrack-cli --programme."),
                            this);
    note->setWordWrap(true);

    auto* keyColumn = new QVBoxLayout;
    keyColumn->setContentsMargins(0, 0, 0, 0);
    keyColumn->addWidget(m_key);
    keyColumn->addWidget(m_keyProblem);
    auto* form = new QFormLayout;
    form->addRow(tr("Start from the &profile:"), m_profile);
    auto* keyLabel = new QLabel(tr("Programme &key:"), this); // its field is a column: the buddy is set here
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyColumn);
    form->addRow(tr("First &academic year:"), m_year);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ProgrammeDialog::profileChosen);
    connect(m_key, &QLineEdit::textEdited, this, [this] { m_keyEdited = true; });
    connect(m_key, &QLineEdit::textChanged, this, &ProgrammeDialog::validate);
    // The first profile the database does not hold yet is offered first.
    for (int i = 0; i < m_profile->count(); ++i) {
        if (!m_taken.contains(m_profile->itemData(i).toString())) {
            m_profile->setCurrentIndex(i);
            break;
        }
    }
    profileChosen();
}

QString ProgrammeDialog::key() const
{
    return m_key->text().trimmed();
}

QString ProgrammeDialog::profileId() const
{
    return m_profile->currentData().toString();
}

AcademicYear ProgrammeDialog::year() const
{
    return AcademicYear{m_year->currentData().toInt()};
}

void ProgrammeDialog::profileChosen()
{
    // The key follows the profile until the user types their own.
    if (!m_keyEdited)
        m_key->setText(profileId());
    validate();
}

void ProgrammeDialog::validate()
{
    QString problem;
    if (key().isEmpty())
        problem = tr("Give the programme a key, e.g. imperial-msc-ai.");
    else if (!CohortRepository::isProgrammeKey(key()))
        problem = tr("Use lower-case letters, digits and dashes only, starting with a letter or a digit.");
    else if (m_taken.contains(key()))
        problem = tr("This database already holds a programme %1: choose another key.").arg(key());
    if (problem.isEmpty())
        m_keyProblem->clearMessage();
    else
        m_keyProblem->showMessage(Severity::Error, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace interntrack
