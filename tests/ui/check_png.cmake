# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that the app's screenshot exists, is a PNG and is not trivially small
# (an all-one-colour window compresses to a few hundred bytes).
if(NOT EXISTS "${PNG}")
  message(FATAL_ERROR "no screenshot at ${PNG}")
endif()
file(SIZE "${PNG}" _size)
file(READ "${PNG}" _magic LIMIT 8 HEX)
if(NOT _magic STREQUAL "89504e470d0a1a0a")
  message(FATAL_ERROR "${PNG} is not a PNG (starts with ${_magic})")
endif()
if(_size LESS 20000)
  message(FATAL_ERROR "${PNG} is only ${_size} bytes: the window looks empty")
endif()
message(STATUS "${PNG}: ${_size} bytes")
