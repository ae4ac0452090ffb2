# The media preview (issue 14): playing, keys, waveform and its cache, cover from a frame.
sd_add_test(test_preview_panel SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPreviewPanel.cpp LIBS submitdesk-gui
  LABELS gui;media TIMEOUT 300)
# The preview's screenshots for docs/ (opt-in, like the main window's: ctest -L screenshots).
set(sd_preview_screenshot_sources ${CMAKE_CURRENT_LIST_DIR}/TestPreviewScreenshots.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MainWindowFixture.cpp)
if(SUBMITDESK_SCREENSHOTS)
  sd_add_test(preview_screenshots SOURCES ${sd_preview_screenshot_sources} LIBS submitdesk-gui
    LABELS screenshots TIMEOUT 600)
  set_property(TEST preview_screenshots APPEND PROPERTY ENVIRONMENT
    "SUBMITDESK_SCREENSHOT_DIR=${CMAKE_BINARY_DIR}/screenshots")
else()
  add_executable(preview_screenshots ${sd_preview_screenshot_sources})
  target_link_libraries(preview_screenshots PRIVATE sd_testsupport Qt6::Test submitdesk-gui)
endif()
