#pragma once

#include "io/ProposalFile.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

class QWidget;

namespace interntrack {

class Workspace;

/**
 * The advisor's side of proposals that travel as files: importing students' `.interntrack-proposal` files
 * (File menu, drag and drop) with a confirmation before a sender is created, and sending the decision back
 * as a `.interntrack-reply` file or an email draft (`mailto:` through QDesktopServices).
 *
 * Questions go through overridable hooks so that tests answer them without a modal loop.
 */
class ProposalInbox : public QObject
{
    Q_OBJECT

public:
    ProposalInbox(Workspace& workspace, QWidget* parent);

    /// Whether @p path names a proposal file (by its suffix).
    static bool isProposalFile(const QString& path);

    /// Asks for proposal files and imports them.
    void chooseAndImport();
    /**
     * Reads, checks and imports @p paths in one transaction. A sender no student matches is created only once
     * the user agrees. Returns whether anything was imported; says what was done or why nothing was.
     */
    bool importFiles(const QStringList& paths);

    /// Asks where to save the reply on @p itemId and writes it. Returns the file written, or empty.
    QString saveReply(const QString& itemId);
    /// The mailto: URL of the reply on @p itemId (subject, body with the decision and the comment), or why not.
    Result<QUrl> replyMail(const QString& itemId) const;
    /// Opens the user's mail program on the reply's email draft.
    bool emailReply(const QString& itemId);

    // Hooks (tests replace them)
    std::function<QStringList()> askOpenFiles;
    std::function<QString(const QString& suggested)> askSaveFile;
    std::function<bool(const QString& question)> confirm;
    std::function<void(const QString& text)> inform;
    std::function<bool(const QUrl& url)> openUrl;

private:
    Workspace& m_ws;
    QWidget* m_parent;
};

} // namespace interntrack
