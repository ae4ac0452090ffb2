# The resource editor's GUI test; the path is absolute so that it works from tests/ and from tests/gui/.
sd_add_test(test_resource_editor SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestResourceEditor.cpp LIBS submitdesk-gui LABELS gui)
# Issue 16 item 8: what a clerk sees while filling a resource (media made with ffmpeg: a 1 s clip).
sd_add_test(test_editor_hints SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestEditorHints.cpp LIBS submitdesk-gui LABELS gui;media)
# The Checklist dock shows its steps whole at its default width; the editor's pictures (SUBMITDESK_SCREENSHOT_DIR).
sd_add_test(test_checklist_panel SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestChecklistPanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MainWindowFixture.cpp LIBS submitdesk-gui LABELS gui)
