// SPDX-License-Identifier: GPL-3.0-or-later
// Tabs of tabified docks show whole labels ("kern_fork.c", "Scenarios"),
// with scroll buttons when they do not fit, never "ke..." or "Scenari...".
// QMainWindow makes its tab bars as docks are tabified or shown, and sets
// each new one to elide: a filter on the window catches every bar it makes.
#pragma once

class QMainWindow;

namespace fsui {

// Applies to the window's tab bars now and to every one it makes later.
void keepTabLabelsWhole(QMainWindow* window);

} // namespace fsui
