#pragma once

#include "storage/StorageRecords.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace interntrack {

class FormMessage;
class Workspace;

/**
 * A report received for an internship, a TER or a summer school: the user picks the PDF, the dialog counts
 * its pages with Qt Pdf (never a typed number) and says whether they are within the rules' range before OK
 * attaches it through the Workspace (the item takes the page count).
 */
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(Workspace& workspace, ItemKind kind, const QString& id, QWidget* parent = nullptr);

    /// Reads @p path as the report (what "Choose…" does after the file dialog; tests call it directly).
    void setPath(const QString& path);
    QString path() const { return m_path; }
    /// The pages counted in the chosen PDF; none when no readable PDF is chosen.
    std::optional<int> pageCount() const { return m_pages; }
    /// Whether the pages are within the rules' range (always true when the rules set none for the item).
    bool pagesWithinRange() const;

    QPushButton* okButton() const { return m_ok; }
    QPushButton* chooseButton() const { return m_choose; }
    QString messageText() const;

public slots:
    void accept() override;

private:
    void choose();
    void validate();

    Workspace& m_ws;
    ItemKind m_kind;
    QString m_id;
    QString m_path;
    std::optional<int> m_pages;
    QString m_readError;
    QLineEdit* m_file;
    QPushButton* m_choose;
    QLabel* m_pagesIcon;
    QLabel* m_pagesLabel;
    FormMessage* m_message;
    QPushButton* m_ok;
};

} // namespace interntrack
