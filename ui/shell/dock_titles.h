// SPDX-License-Identifier: GPL-3.0-or-later
// Dock titles that are read whole: a dock shows its full title where its
// title bar has room for it and a short one where it has not ("Locks and
// Wait Channels" becomes "Locks" in a 1024-pixel projector's side column),
// instead of the style's "Locks and Wa..."; docks tabbed together take their
// short titles when their tabs would not all fit the bar. The View menu keeps
// the full titles. Checked again whenever a dock changes size, font or style.
#pragma once
#include <QHash>
#include <QObject>
#include <QString>

class QDockWidget;

namespace fsui {

class DockTitles : public QObject {
  Q_OBJECT
public:
  explicit DockTitles(QObject* parent = nullptr);
  // `brief` is used when `full` does not fit (the same text: never shortened).
  void set(QDockWidget* dock, const QString& full, const QString& brief);
  // The room a title needs, beyond its bold width (see fits()).
  static constexpr double kTitleSlack = 1.2;
  // Whether `title` fits the dock's title bar at its present width.
  static bool fits(const QDockWidget* dock, const QString& title);

protected:
  bool eventFilter(QObject* watched, QEvent* e) override;

private:
  void fit(QDockWidget* dock);
  bool tabsFit(const QDockWidget* dock) const;
  struct Titles {
    QString full, brief;
  };
  QHash<QDockWidget*, Titles> titles_;
};

} // namespace fsui
