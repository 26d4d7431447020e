// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's export commands: File > Export Animation, Export Steps
// as PDF and Print. Each asks for the steps (ExportStepsDialog), then where
// to write, and renders with a progress dialog that can cancel. The step on
// screen does not move: the pictures come from a RunStage of their own.
#pragma once

namespace fsui {

class MainWindow;

void exportAnimation(MainWindow* window);
void exportStepsPdf(MainWindow* window);
void printSteps(MainWindow* window);

} // namespace fsui
