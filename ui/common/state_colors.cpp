// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/state_colors.h"

#include <QCoreApplication>

namespace fsui {

VisualState visualState(const fs::Proc& p, const fs::Lwp* l) {
  using fs::LwpStat;
  using fs::ProcStat;
  switch (p.stat) {
  case ProcStat::SIDL: return VisualState::Building;
  case ProcStat::SZOMB:
  case ProcStat::SDEAD: return VisualState::Zombie;
  case ProcStat::SSTOP: return VisualState::Stopped;
  case ProcStat::SDYING: return VisualState::Dying;
  case ProcStat::SACTIVE: break;
  }
  if (!l) return VisualState::Building;
  switch (l->lstat) {
  case LwpStat::LSONPROC: return VisualState::Running;
  case LwpStat::LSRUN: return VisualState::Runnable;
  case LwpStat::LSSLEEP: return VisualState::Sleeping;
  case LwpStat::LSSTOP: return VisualState::Stopped;
  case LwpStat::LSZOMB: return VisualState::Dying;
  case LwpStat::LSIDL: return VisualState::Building;
  }
  return VisualState::Runnable;
}

QString visualStateName(VisualState s) {
  const char* n = "";
  switch (s) {
  case VisualState::Building: n = QT_TRANSLATE_NOOP("State", "being built (SIDL)"); break;
  case VisualState::Running: n = QT_TRANSLATE_NOOP("State", "running"); break;
  case VisualState::Runnable: n = QT_TRANSLATE_NOOP("State", "runnable"); break;
  case VisualState::Sleeping: n = QT_TRANSLATE_NOOP("State", "sleeping"); break;
  case VisualState::Stopped: n = QT_TRANSLATE_NOOP("State", "stopped"); break;
  case VisualState::Zombie: n = QT_TRANSLATE_NOOP("State", "zombie"); break;
  case VisualState::Dying: n = QT_TRANSLATE_NOOP("State", "exiting"); break;
  case VisualState::Ghost: n = QT_TRANSLATE_NOOP("State", "reaped"); break;
  }
  return QCoreApplication::translate("State", n);
}

QColor cpuColor(int cpu) {
  using namespace okabe_ito;
  static const QColor colors[] = {Orange,     BluishGreen, ReddishPurple, Blue,
                                  Vermillion, SkyBlue,     Yellow,        QColor(0x88, 0x88, 0x88)};
  return colors[static_cast<unsigned>(cpu) % 8];
}

QColor stateFill(VisualState s, bool dark) {
  switch (s) {
  case VisualState::Building: return dark ? QColor(0x2a, 0x2f, 0x36) : QColor(0xff, 0xff, 0xff);
  case VisualState::Running: return dark ? QColor(0x1d, 0x5f, 0x8a) : QColor(0xcf, 0xe8, 0xf7);
  case VisualState::Runnable: return dark ? QColor(0x27, 0x4a, 0x5e) : QColor(0xe8, 0xf3, 0xfa);
  case VisualState::Sleeping: return dark ? QColor(0x4a, 0x46, 0x5a) : QColor(0xe4, 0xe1, 0xf0);
  case VisualState::Stopped: return dark ? QColor(0x7a, 0x36, 0x10) : QColor(0xfb, 0xd9, 0xc4);
  case VisualState::Zombie: return dark ? QColor(0x3a, 0x3a, 0x3a) : QColor(0xe6, 0xe6, 0xe6);
  case VisualState::Dying: return dark ? QColor(0x5e, 0x2f, 0x48) : QColor(0xf3, 0xdc, 0xe8);
  case VisualState::Ghost: return dark ? QColor(0x26, 0x26, 0x26) : QColor(0xf4, 0xf4, 0xf4);
  }
  return Qt::white;
}

QColor stateBorder(VisualState s, bool dark) {
  using namespace okabe_ito;
  switch (s) {
  case VisualState::Building: return dark ? QColor(0xcc, 0xcc, 0xcc) : QColor(0x44, 0x44, 0x44);
  case VisualState::Running: return Blue;
  case VisualState::Runnable: return SkyBlue;
  case VisualState::Sleeping: return QColor(0x6a, 0x5a, 0xa0);
  case VisualState::Stopped: return Vermillion;
  case VisualState::Zombie: return QColor(0x80, 0x80, 0x80);
  case VisualState::Dying: return ReddishPurple;
  case VisualState::Ghost: return QColor(0xa0, 0xa0, 0xa0);
  }
  return Qt::black;
}

QColor textOn(const QColor& bg) {
  const double l = 0.2126 * bg.redF() + 0.7152 * bg.greenF() + 0.0722 * bg.blueF();
  return l > 0.5 ? QColor(0x10, 0x10, 0x10) : QColor(0xf5, 0xf5, 0xf5);
}

} // namespace fsui
