// SPDX-License-Identifier: GPL-3.0-or-later
// Light or dark, normal or presenter: one application-wide setting that every
// custom-painted view reads when it paints, and that restyles the widgets.
#pragma once
#include <QObject>

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

// Registers the icons and stylesheets compiled into forkscope_ui (a static
// library's resources must be initialised explicitly).
void initResources();

} // namespace fsui
