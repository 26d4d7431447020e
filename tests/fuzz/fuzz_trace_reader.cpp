// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the trace reader must refuse any malformed trace with one
// error, never crash, hang or read out of bounds.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/trace_io.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  fs::TraceRead read = fs::read_trace_text(text, "fuzz.json");
  // The contract: a trace is set exactly when there is no error.
  if (read.trace.has_value() == read.error.has_value()) std::abort();
  if (read.error) (void)read.error->str();
  return 0;
}
