# SPDX-License-Identifier: GPL-3.0-or-later
# forkscope's --export-pdf, --export-gif and --export-frames, run as a user
# would from a shell without a display: what they write, and the exit code 2
# and message for bad steps, a missing --steps and an unwritable path.
#   cmake -DAPP=forkscope -DSCENARIO=first-fork -DOUT=dir -P check_export_cli.cmake
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")

function(run_app expect_rc expect_err)
  execute_process(COMMAND "${APP}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                  ERROR_VARIABLE err)
  if(NOT rc EQUAL expect_rc)
    message(FATAL_ERROR "forkscope ${ARGN}: exit ${rc}, expected ${expect_rc}\n${out}\n${err}")
  endif()
  if(expect_err AND NOT err MATCHES "${expect_err}")
    message(FATAL_ERROR "forkscope ${ARGN}: stderr lacks '${expect_err}':\n${err}")
  endif()
endfunction()

# A PDF: one page per step.
run_app(0 "" ${SCENARIO} --export-pdf "${OUT}/steps.pdf" --steps 10,20,30)
file(READ "${OUT}/steps.pdf" magic LIMIT 5 HEX)
if(NOT magic STREQUAL "255044462d") # %PDF-
  message(FATAL_ERROR "steps.pdf is not a PDF (starts with '${magic}')")
endif()
file(STRINGS "${OUT}/steps.pdf" pages REGEX "^/Type /Page$")
list(LENGTH pages n)
if(NOT n EQUAL 3)
  message(FATAL_ERROR "steps.pdf has ${n} pages, expected 3")
endif()

# A GIF, and numbered PNGs.
run_app(0 "" ${SCENARIO} --export-gif "${OUT}/run.gif" --steps 1-5 --frame-ms 200
        --size 400x300)
file(READ "${OUT}/run.gif" magic LIMIT 6 HEX)
if(NOT magic STREQUAL "474946383961") # GIF89a
  message(FATAL_ERROR "run.gif is not a GIF89a (starts with '${magic}')")
endif()
run_app(0 "" ${SCENARIO} --export-frames "${OUT}/frames" --steps 2,4 --size 400x300)
foreach(f step-0002.png step-0004.png)
  if(NOT EXISTS "${OUT}/frames/${f}")
    message(FATAL_ERROR "--export-frames wrote no ${f}")
  endif()
endforeach()

# Mistakes: exit code 2, a message that says what is wrong, no file.
run_app(2 "backwards" ${SCENARIO} --export-pdf "${OUT}/bad.pdf" --steps 20-10)
run_app(2 "past the end" ${SCENARIO} --export-pdf "${OUT}/bad.pdf" --steps 10,99999)
run_app(2 "'x'" ${SCENARIO} --export-gif "${OUT}/bad.gif" --steps 1,x)
run_app(2 "needs --steps" ${SCENARIO} --export-pdf "${OUT}/bad.pdf")
run_app(2 "--frame-ms" ${SCENARIO} --export-gif "${OUT}/bad.gif" --frame-ms fast)
run_app(2 "Cannot write" ${SCENARIO} --export-pdf "${OUT}/no/such/dir/x.pdf" --steps 1)
run_app(2 "need a scenario" --export-pdf "${OUT}/bad.pdf" --steps 1)
foreach(f bad.pdf bad.gif)
  if(EXISTS "${OUT}/${f}")
    message(FATAL_ERROR "a failed export left ${f} behind")
  endif()
endforeach()
message(STATUS "exports checked in ${OUT}")
