#pragma once

#include "domain/AcademicYear.h"
#include "domain/Ter.h"
#include "domain/TerSubject.h" // TerSubject, stored per year
#include "domain/WorkflowState.h"
#include "workflow/Role.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace interntrack {

/// The kinds of item a year holds; their codes name them in the database ("internship", …).
enum class ItemKind { Student, Internship, Ter, SummerSchool, Seminar };

QString itemKindCode(ItemKind kind); ///< "student", "internship", "ter", "summer_school", "seminar"
std::optional<ItemKind> itemKindFromCode(const QString& code);
QString itemKindTable(ItemKind kind); ///< the item's table: "students", "internships", …
QString itemKindName(ItemKind kind); ///< translated, for messages ("internship")

enum class DocumentKind { Report, Agreement, Proof, Certificate, Other };

QString documentKindCode(DocumentKind kind); ///< "report", "agreement", "proof", "certificate", "other"
std::optional<DocumentKind> documentKindFromCode(const QString& code);

/// A file attached to an item. The content is stored in the database itself (a backup holds it).
struct Document
{
    qint64 id = 0; ///< set by the database
    ItemKind itemKind = ItemKind::Internship;
    QString itemId;
    DocumentKind kind = DocumentKind::Report;
    QString fileName; ///< the name the file had, without its folder
    QString mediaType; ///< e.g. "application/pdf"
    qint64 size = 0; ///< set by the database from the content
    QString sha256; ///< hex, set by the database from the content
    std::optional<int> pageCount; ///< counted from the file (a PDF's pages), never typed
    QByteArray content; ///< empty when listed without content
    QString addedBy;
    QDateTime addedAt;

    friend bool operator==(const Document&, const Document&) = default;
};

/// One step an item took in the workflow, as stored.
struct TransitionRecord
{
    ItemKind itemKind = ItemKind::Internship;
    QString itemId;
    WorkflowState from = WorkflowState::Draft;
    WorkflowState to = WorkflowState::Draft;
    QString actor;
    Role role = Role::Student;
    QDateTime at;
    QString comment;

    friend bool operator==(const TransitionRecord&, const TransitionRecord&) = default;
};

/// One row of the audit log: who changed which row, when, from what to what (JSON).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString table;
    qint64 rowId = 0;
    QString action; ///< "insert", "update", "delete" or "restore"
    QString oldJson; ///< empty for an insert
    QString newJson; ///< empty for a delete

    friend bool operator==(const AuditEntry&, const AuditEntry&) = default;
};

/// A programme of the database (its academic years share a key, e.g. "imperial-msc-ai").
struct ProgrammeInfo
{
    QString key; ///< academic_years.programme
    QString name; ///< the profile's name in its latest year's rules (the key when it has none)
    QString institution; ///< the profile's institution in its latest year's rules
    QList<AcademicYear> years; ///< oldest first

    /// "MSc in Artificial Intelligence — Imperial College London", or the key alone.
    QString displayName() const;
};

/// The version of a stored item (optimistic locking): how many times its row was written, by whom last, when.
struct RowStamp
{
    qint64 version = 0; ///< 0: the item is not stored
    QString changedBy; ///< empty for rows written before schema version 4
    QDateTime changedAt;

    friend bool operator==(const RowStamp&, const RowStamp&) = default;
};

/// The row stamps of a year's items, by kind and id.
class RowStamps
{
public:
    RowStamp value(ItemKind kind, const QString& id) const { return m_stamps[size_t(kind)].value(id); }
    void insert(ItemKind kind, const QString& id, const RowStamp& stamp) { m_stamps[size_t(kind)].insert(id, stamp); }
    void remove(ItemKind kind, const QString& id) { m_stamps[size_t(kind)].remove(id); }
    void clear() { m_stamps = {}; }
    qsizetype size(ItemKind kind) const { return m_stamps[size_t(kind)].size(); }

private:
    std::array<QHash<QString, RowStamp>, 5> m_stamps;
};

} // namespace interntrack
