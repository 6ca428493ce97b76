#pragma once

#include "Workspace.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QFrame;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace interntrack {

/**
 * The editor of one item (internship, TER, summer school, seminar, student): a form of every field of the item,
 * checked by the rules as the user types (Workspace::preview()), each finding shown beside the field it concerns
 * (Finding::field) with its icon and message, and the findings of no field in a message strip at the top.
 *
 * Findings never block saving: they are the rules' business. Invalid input does (an empty id or student, an end
 * before the start, negative hours): it is shown beside its field and Save refuses. Saving goes through
 * Workspace::saveItem() (one undoable command); a refusal is shown in the strip and the dialog stays open.
 * An item the actor may not change (Workflow::canEdit) opens read-only, with the reason in the strip.
 *
 * Subclasses build their form in their constructor with addSection() and addField(), and implement load(),
 * collect() and validate(); the entry points below make them.
 */
class ItemEditorDialog : public QDialog
{
    Q_OBJECT

public:
    ~ItemEditorDialog() override;

    /// Opens the editor of an existing item, modal, at @p focusField (a Finding::field, e.g. "start") when given.
    /// True when the item was saved.
    static bool editItem(Workspace& workspace, ItemKind kind, const QString& id, QWidget* parent,
                         const QString& focusField = {});
    /// Opens the editor of a new item of @p kind (for @p studentId when given), modal, with a fresh id.
    /// The new item's id when it was saved, else an empty string.
    static QString createItem(Workspace& workspace, ItemKind kind, QWidget* parent, const QString& studentId = {});
    /// Same with the fields of @p initial filled in (e.g. a TER on a subject, an internship with a host); a fresh
    /// id is given when @p initial has none.
    static QString createItem(Workspace& workspace, const Item& initial, QWidget* parent);

    /// The editor of an existing item, not shown (for tests and callers that show it themselves); nullptr when
    /// there is no such item.
    static std::unique_ptr<ItemEditorDialog> forItem(Workspace& workspace, ItemKind kind, const QString& id,
                                                     QWidget* parent = nullptr);
    /// The editor of a new item, filled with @p initial, not shown.
    static std::unique_ptr<ItemEditorDialog> forNewItem(Workspace& workspace, const Item& initial,
                                                        QWidget* parent = nullptr);
    /// An empty item of @p kind with a fresh id (and @p studentId as its student when given).
    static Item blankItem(const Workspace& workspace, ItemKind kind, const QString& studentId = {});
    /// An id not used by the year's items of @p kind: "i" + a number for internships, "t" for TERs, "ss" for
    /// summer schools, "sem" for seminars, "s" for students; with Workspace::randomIds(), the prefix, "-" and
    /// 12 random hex digits ("i-3f9a0c12d4e7").
    static QString freshId(const Workspace& workspace, ItemKind kind);

    ItemKind kind() const { return m_kind; }
    bool isNew() const { return m_isNew; }
    bool isReadOnly() const { return m_readOnly; }
    /// The item as the form holds it now.
    Item item() const { return collect(); }
    /// The id of the item saved last (empty before).
    QString savedId() const { return m_savedId; }

    /// The findings of the item as edited (the last preview).
    const QList<Finding>& findings() const { return m_findings; }
    /// The texts shown beside @p field (findings and invalid input), in order.
    QStringList fieldNotes(const QString& field) const;
    /// The texts of the message strip at the top.
    QStringList messages() const;
    /// The input of @p field (a Finding::field), nullptr when the form has none.
    QWidget* fieldWidget(const QString& field) const;
    /// The fields of the form, in order.
    QStringList fieldNames() const { return m_order; }
    /// Gives @p field's input the focus (scrolling to it); false when the form has no such field.
    bool focusField(const QString& field);
    QPushButton* saveButton() const { return m_saveButton; }

    /// Checks the input and saves through the Workspace; on success the dialog is accepted. False (with the
    /// reasons beside the fields or in the strip, the dialog open) when the input is invalid or the Workspace
    /// refuses.
    bool save();

protected:
    /// A field whose input is invalid, and why.
    struct Problem
    {
        QString field;
        QString message;
    };

    ItemEditorDialog(Workspace& workspace, const Item& item, bool isNew, QWidget* parent);

    /// Fills the form from @p item (signals are not reacted to meanwhile).
    virtual void load(const Item& item) = 0;
    /// The item from the form: the item given at first with the form's values over it.
    virtual Item collect() const = 0;
    /// Invalid input: the base checks the id (not empty, not used by another item when new).
    virtual QList<Problem> validate(const Item& item) const;
    /// Called after each check, for a summary of figures.
    virtual void updateSummary(const Item& item);
    /// The students of @p item, for the rights of the actor.
    static QStringList studentsOf(const Item& item);

    // Building the form
    /// A titled group of fields in the scrolling column: labels on the left, inputs on the right.
    QGridLayout* addSection(const QString& title);
    /// Adds a row to @p section: @p input labelled @p label, as the input of @p field; what the rules say about
    /// @p field (and invalid input) is shown right under the input, beside its label.
    void addField(QGridLayout* section, const QString& field, const QString& label, QWidget* input);
    /// Takes @p field out of the form (hidden): what the rules say about it goes to the message strip. For
    /// fields a student does not fill in (signatures, proof), in student mode.
    void removeField(const QString& field);
    /// A widget in the right-hand column (e.g. the figures of an internship).
    void addSideWidget(QWidget* widget);
    /// Connect the inputs' change signals to this: the item is checked again.
    void onEdited();
    /// The id input, to add to the first section (read-only for an existing item).
    QLineEdit* idEdit() const { return m_idEdit; }
    /// A combo box of the year's students (sorted by name; the id as item data).
    QComboBox* createStudentCombo(QWidget* parent) const;
    static void setComboStudent(QComboBox* combo, const QString& studentId);
    static QString comboStudent(const QComboBox* combo);
    /// A read-only value label (report pages, signatures, grade).
    static QLabel* createValueLabel(QWidget* parent);

    Workspace& workspace() const { return m_ws; }
    /// The item as it was given (collect() starts from it).
    const Item& original() const { return m_original; }
    bool isLoading() const { return m_loading; }

private:
    struct Note
    {
        enum Kind { Invalid, Error, Warning, Info, Overridden, Notice } kind = Error;
        QString text;
        QString rule;
        bool operator==(const Note&) const = default;
    };
    struct FieldRow
    {
        QLabel* label = nullptr;
        QWidget* input = nullptr;
        QWidget* notes = nullptr;
        QVBoxLayout* notesLayout = nullptr;
        QList<Note> shown;
    };

    void initialize(const QString& focusField);
    void applyReadOnly();
    void refresh();
    void showNotes(QWidget* container, QVBoxLayout* layout, QList<Note>& shown, const QList<Note>& notes);
    static Note noteOf(const Finding& finding);
    static QString noteText(const Note& note);
    QString titleText() const;

    Workspace& m_ws;
    ItemKind m_kind;
    Item m_original;
    bool m_isNew;
    bool m_readOnly = false;
    bool m_loading = false;
    QString m_readOnlyReason;
    QString m_saveError;
    QString m_savedId;
    QList<Finding> m_findings;

    QLabel* m_titleIcon;
    QLabel* m_title;
    QFrame* m_strip;
    QVBoxLayout* m_stripLayout;
    QList<Note> m_stripShown;
    QScrollArea* m_scroll;
    QWidget* m_formHost;
    QVBoxLayout* m_formLayout;
    QVBoxLayout* m_sideLayout;
    QWidget* m_side;
    QDialogButtonBox* m_buttons;
    QPushButton* m_saveButton;
    QPushButton* m_theirsButton = nullptr;
    QLineEdit* m_idEdit;
    QHash<QString, FieldRow> m_fields;
    QList<QGridLayout*> m_sections;
    QStringList m_order;
};

} // namespace interntrack
