# Resumable upload (tus 1.0): the engine against the real @tus/server (tests/servers/tus, Node.js), faults
# through FaultProxy, the CLI verb, and the keychain. The npm packages are installed at configure time
# (npm ci) when node and npm are there; without node the tests skip with a message.
find_program(SD_NPM npm)
if(SD_NPM AND NOT EXISTS ${CMAKE_SOURCE_DIR}/tests/servers/tus/node_modules/@tus/server/package.json)
  message(STATUS "Installing the tus test server's npm packages (npm ci --prefix tests/servers/tus)")
  execute_process(COMMAND ${SD_NPM} ci --prefix ${CMAKE_SOURCE_DIR}/tests/servers/tus --no-audit --no-fund
                  RESULT_VARIABLE _sd_npm_result OUTPUT_QUIET)
  if(NOT _sd_npm_result EQUAL 0)
    message(WARNING "npm ci for tests/servers/tus failed: the upload tests will skip")
  endif()
endif()
add_library(sd_upload_testsupport STATIC
  upload/TusServerProcess.h upload/TusServerProcess.cpp
  upload/FaultProxy.h upload/FaultProxy.cpp
  upload/UploadHarness.h upload/UploadHarness.cpp)
target_include_directories(sd_upload_testsupport PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/upload)
target_link_libraries(sd_upload_testsupport PUBLIC sd_testsupport submitdesk-core Qt6::Network Qt6::Test)
sd_add_test(test_upload_engine SOURCES upload/TestUploadEngine.cpp LIBS sd_upload_testsupport
            LABELS upload;heavy TIMEOUT 600)
sd_add_test(test_upload_cli SOURCES upload/TestUploadCli.cpp LIBS sd_upload_testsupport sd_package_fixture
            LABELS upload;cli;heavy TIMEOUT 600)
target_include_directories(test_upload_cli PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit)
