# The media preview (issue 14): playing, keys, waveform and its cache, cover from a frame.
sd_add_test(test_preview_panel SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPreviewPanel.cpp LIBS submitdesk-gui
  LABELS gui;media TIMEOUT 300)
