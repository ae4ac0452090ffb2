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
sd_add_test(test_upload_plumbing SOURCES upload/TestUploadPlumbing.cpp LIBS sd_upload_testsupport
            LABELS upload)
sd_add_test(test_upload_streams SOURCES upload/TestUploadStreams.cpp LIBS sd_upload_testsupport
            LABELS upload)
sd_add_test(test_upload_cli SOURCES upload/TestUploadCli.cpp LIBS sd_upload_testsupport sd_package_fixture
            LABELS upload;cli;heavy TIMEOUT 600)
target_include_directories(test_upload_cli PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit)
# The keychain, for real: once with no Secret Service (an unreachable session bus), once under a private
# D-Bus session with gnome-keyring-daemon (packages dbus, gnome-keyring), its keyrings in a temporary folder.
sd_add_test(test_upload_keychain_none SOURCES upload/TestUploadKeychain.cpp
            LIBS sd_upload_testsupport sd_package_fixture LABELS upload;heavy TIMEOUT 300)
target_include_directories(test_upload_keychain_none PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit)
set_property(TEST test_upload_keychain_none APPEND PROPERTY ENVIRONMENT
             "SD_KEYCHAIN_EXPECT=none;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus")
add_test(NAME test_upload_keychain_secret_service
  COMMAND sh -c "if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then export XDG_DATA_HOME=$(mktemp -d); exec dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; SD_KEYCHAIN_EXPECT=secret-service exec \"$0\"' \"$0\"; else SD_KEYCHAIN_EXPECT=skip exec \"$0\"; fi"
          $<TARGET_FILE:test_upload_keychain_none>)
set_tests_properties(test_upload_keychain_secret_service PROPERTIES LABELS "upload;heavy" TIMEOUT 300
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;SUBMITDESK_SOURCE_DIR=${CMAKE_SOURCE_DIR};SUBMITDESK_CLI=$<TARGET_FILE:submitdesk-cli>")
if(TARGET submitdesk-gui)
  sd_add_test(test_uploads_dock SOURCES upload/TestUploadsDock.cpp LIBS sd_upload_testsupport submitdesk-gui
              LABELS upload;gui)
  # The dock at work and the target editor for the guide (docs/screenshots/upload*-{en,zh_CN}.png), opt-in
  # like the other screenshots: -DSUBMITDESK_SCREENSHOTS=ON, `ctest -L screenshots`.
  if(SUBMITDESK_SCREENSHOTS)
    add_test(NAME uploads_screenshots COMMAND test_uploads_dock screenshots)
    set_tests_properties(uploads_screenshots PROPERTIES LABELS screenshots TIMEOUT 300
      ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;SUBMITDESK_SOURCE_DIR=${CMAKE_SOURCE_DIR};SUBMITDESK_SCREENSHOT_DIR=${CMAKE_BINARY_DIR}/screenshots")
  endif()
  # Preparing the package off the GUI thread: progress, cancel, every file queued (transcodes nothing, but
  # exports a small batch with ffmpeg-made media).
  sd_add_test(test_upload_preparation SOURCES upload/TestUploadPreparation.cpp
              LIBS sd_upload_testsupport sd_package_fixture submitdesk-gui LABELS upload;gui TIMEOUT 300)
  target_include_directories(test_upload_preparation PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit)
endif()
