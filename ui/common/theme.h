// SPDX-License-Identifier: GPL-3.0-or-later
// Light or dark, normal or presenter: one application-wide setting that every
// custom-painted view reads when it paints, and that restyles the widgets.
#pragma once
#include <QObject>
#include <algorithm>

class QWidget;

namespace fsui {

class Theme : public QObject {
  Q_OBJECT
public:
  static Theme& instance();
  bool dark() const { return dark_; }
  bool presenter() const { return presenter_; }
  // Line widths and font scale grow in presenter mode: a projector blurs thin lines.
  qreal lineScale() const { return presenter_ ? 2.0 : 1.0; }
  qreal fontScale() const { return presenter_ ? 1.5 : 1.0; }
  // Presenter mode: no text under 18 pixels, readable from the back row.
  static constexpr int kPresenterMinPixels = 18;
  // The smallest point size a view may use (0 outside presenter mode).
  qreal minPointSize() const;
  // `pt` raised to minPointSize().
  qreal atLeastMin(qreal pt) const { return std::max(pt, minPointSize()); }
  void setDark(bool on);
  void setPresenter(bool on);
  // Applies palette, stylesheet and font to the application.
  void apply();

Q_SIGNALS:
  void changed();

private:
  Theme() = default;
  bool dark_ = false;
  bool presenter_ = false;
  int basePointSize_ = 0;
};

// Whether a view paints in the dark theme's colours: the app is dark and the
// view is not on paper. PDF and print pages are paper whatever the app's theme
// (dark backgrounds would waste toner and read badly): their views live in a
// window marked with setOnPaper().
bool paintsDark(const QWidget* w);
void setOnPaper(QWidget* window, bool on);
bool onPaper(const QWidget* w);

// Registers the icons and stylesheets compiled into forkscope_ui (a static
// library's resources must be initialised explicitly).
void initResources();

} // namespace fsui
