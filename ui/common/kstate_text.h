// SPDX-License-Identifier: GPL-3.0-or-later
// Plain words for pieces of the kernel state, shared by the views: lock
// names as the trace spells them, what a sleeping LWP waits on, and where in
// the kernel an LWP is.
#pragma once
#include <QString>

#include "core/state/kstate.h"

namespace fsui {

QString mutexName(const fs::KernelState& s, int slot); // "proc_lock", "p_lock#3"
// "the vfork parent's l_waitcv"; compact: the object alone ("l_waitcv of LWP 2"),
// for a card on a projector.
QString wchanText(const fs::KernelState& s, const fs::Wchan& w, bool compact = false);
QString procLabel(const fs::KernelState& s, int pid); // "3 sh", or "3" when gone
// An LWP by its process: "3 sh", and "3 sh (LWP 7)" when the process has more than one.
QString lwpLabel(const fs::KernelState& s, fs::Lid lid);
// Who acted in a trace event (its pid and lid): "3 sh", or "3 sh (LWP 7)" when
// the event is a second LWP's or the process has several - also once it is gone.
QString actorLabel(const fs::KernelState& s, int pid, fs::Lid lid);
// The step the LWP will execute next (its innermost frame's pc), -1 in user mode.
int currentStepId(const fs::Lwp& l);
// "fork1() · kern_fork.c:516" or "user mode"
// compact: "fork1:516" as `forkscope-cli run --narrate` prints it (presenter
// mode's large type leaves no room for the file name).
QString whereText(const fs::Lwp& l, bool compact = false);
// The same for a step-table id: "fork1() · kern_fork.c:283"
QString whereOfStep(int id, bool compact = false);
// What step `id` of the step table does and why, in the user's language: the
// engine's English text looked up in the "Narration" context (the strings are
// extracted from core/state/steps/*.def by scripts/extract-engine-texts).
QString stepNarration(int id);

} // namespace fsui
