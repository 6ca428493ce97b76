#include "MainWindow.h"

namespace interntrack {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("InternTrack"));
}

} // namespace interntrack
