#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace interntrack {

class Settings;

/// The Settings page of the main window: the interface language, applied at once and remembered.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(Settings& settings, QWidget* parent = nullptr);

signals:
    /// The user chose a language; @p code is "en", "fr" or empty for the system's.
    void languageChosen(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onLanguageActivated(int index);

    Settings& m_settings;
    QLabel* m_title;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_languageNote;
};

} // namespace interntrack
