# The resource editor's GUI test; the path is absolute so that it works from tests/ and from tests/gui/.
sd_add_test(test_resource_editor SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestResourceEditor.cpp LIBS submitdesk-gui LABELS gui)
