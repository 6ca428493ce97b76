#pragma once

#include <QWidget>

class QLabel;

namespace interntrack {

/// A navigation page whose view is not written yet: its title, what it will show, and that it is coming.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(QWidget* parent = nullptr);

    /// Texts are set by the owner, which knows the page and retranslates it.
    void setTexts(const QString& title, const QString& description);

    QString title() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QLabel* m_description;
    QLabel* m_coming;
};

} // namespace interntrack
