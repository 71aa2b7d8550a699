# Runs libFuzzer for a bounded time on a fresh copy of the seed corpus; fails on any crash.
#   cmake -DFUZZER=... -DCORPUS=... -DDICTIONARY=... -DWORK_DIR=... -DSECONDS=45 -P runfuzzer.cmake
foreach(variable FUZZER CORPUS WORK_DIR SECONDS)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "runfuzzer.cmake needs -D${variable}=...")
    endif()
endforeach()
if(NOT EXISTS ${FUZZER})
    message(FATAL_ERROR "The fuzzer ${FUZZER} was not built (it is built by the http_fuzz_clang target)")
endif()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/corpus ${WORK_DIR}/artifacts)
file(GLOB seeds ${CORPUS}/*)
file(COPY ${seeds} DESTINATION ${WORK_DIR}/corpus)

set(options -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -max_len=8192
            -print_final_stats=1 -artifact_prefix=${WORK_DIR}/artifacts/)
if(DEFINED DICTIONARY AND EXISTS ${DICTIONARY})
    list(APPEND options -dict=${DICTIONARY})
endif()
execute_process(COMMAND ${FUZZER} ${options} ${WORK_DIR}/corpus RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB crashes ${WORK_DIR}/artifacts/*)
    message(FATAL_ERROR "libFuzzer failed (exit ${result}). Reproducers: ${crashes}")
endif()
message(STATUS "libFuzzer ran ${SECONDS} s without a crash")
