#pragma once

#include "ItemEditorDialog.h"

class QLineEdit;

namespace interntrack {

/// The editor of a student of the year: id, name, email and the university's student number.
class StudentEditor : public ItemEditorDialog
{
    Q_OBJECT

public:
    StudentEditor(Workspace& workspace, const Item& item, bool isNew, QWidget* parent = nullptr);

protected:
    void load(const Item& item) override;
    Item collect() const override;
    QList<Problem> validate(const Item& item) const override;

private:
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_number;
};

} // namespace interntrack
