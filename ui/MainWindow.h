#pragma once

#include <QMainWindow>

namespace interntrack {

/// The application's main window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace interntrack
