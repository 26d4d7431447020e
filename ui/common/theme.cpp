// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/theme.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QPalette>
#include <QScreen>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

static void initForkscopeResources() { Q_INIT_RESOURCE(forkscope); }

namespace fsui {

void initResources() {
  static bool done = false;
  if (!done) initForkscopeResources();
  done = true;
}

Theme& Theme::instance() {
  static Theme* theme = new Theme; // lives as long as the application
  return *theme;
}

void Theme::setDark(bool on) {
  if (dark_ == on) return;
  dark_ = on;
  apply();
}

void Theme::setPresenter(bool on) {
  if (presenter_ == on) return;
  presenter_ = on;
  apply();
}

qreal Theme::minPointSize() const {
  if (!presenter_) return 0;
  // Point sizes become pixels at the screen's logical DPI (96 on most
  // projector setups; whatever the platform reports elsewhere).
  qreal dpi = 96;
  if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
    if (QScreen* s = app->primaryScreen()) dpi = s->logicalDotsPerInchY();
  return kPresenterMinPixels * 72.0 / dpi;
}

namespace {
const char* const kPaper = "forkscopePaper";
}

bool onPaper(const QWidget* w) { return w && w->window()->property(kPaper).toBool(); }

bool paintsDark(const QWidget* w) { return Theme::instance().dark() && !onPaper(w); }

void setOnPaper(QWidget* window, bool on) { window->setProperty(kPaper, on); }

void Theme::apply() {
  initResources();
  auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
  if (!app) return;
  if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"))) app->setStyle(fusion);
  QPalette pal = app->style()->standardPalette();
  if (dark_) {
    pal.setColor(QPalette::Window, QColor(0x1e, 0x22, 0x27));
    pal.setColor(QPalette::WindowText, QColor(0xe6, 0xe9, 0xed));
    pal.setColor(QPalette::Base, QColor(0x16, 0x19, 0x1d));
    pal.setColor(QPalette::AlternateBase, QColor(0x22, 0x27, 0x2d));
    pal.setColor(QPalette::Text, QColor(0xe6, 0xe9, 0xed));
    pal.setColor(QPalette::Button, QColor(0x2b, 0x31, 0x38));
    pal.setColor(QPalette::ButtonText, QColor(0xe6, 0xe9, 0xed));
    pal.setColor(QPalette::Highlight, QColor(0x00, 0x72, 0xB2));
    pal.setColor(QPalette::HighlightedText, Qt::white);
    pal.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x31, 0x38));
    pal.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe9, 0xed));
  }
  app->setPalette(pal);
  QFile qss(dark_ ? QStringLiteral(":/styles/dark.qss") : QStringLiteral(":/styles/light.qss"));
  QString sheet;
  if (qss.open(QIODevice::ReadOnly)) sheet = QString::fromUtf8(qss.readAll());
  // High contrast for projectors: heavier text, thicker frames. The weight
  // is set in both modes: a sheet's "QWidget { font-weight }" stayed on inner
  // widgets such as a spin box's line edit when the rule went away.
  sheet += presenter_ ? QStringLiteral("\nQWidget { font-weight: 600; }\n"
                                       "QDockWidget::title { padding: 8px; }\n"
                                       "QSlider::groove:horizontal { height: 10px; }\n")
                      : QStringLiteral("\nQWidget { font-weight: 400; }\n");
  // The font before the style sheet: setting a style sheet re-polishes every
  // widget with the application font, while a font change made under an
  // existing style sheet does not reach widgets already polished (switching
  // presenter mode off left them large).
  QFont f = app->font();
  if (basePointSize_ <= 0) basePointSize_ = f.pointSize() > 0 ? f.pointSize() : 10;
  f.setPointSizeF(atLeastMin(basePointSize_ * fontScale()));
  app->setFont(f);
  app->setStyleSheet(QString());
  app->setStyleSheet(sheet);
  Q_EMIT changed();
}

} // namespace fsui
