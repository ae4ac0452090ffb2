# Help (issue 16, point 6): the user guide on F1 and the About box. Included by app/gui/CMakeLists.txt.
# The guide and its screenshots are bundled from docs/ as :/guide (relative image links keep working).
target_sources(submitdesk-gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/HelpActions.h ${CMAKE_CURRENT_LIST_DIR}/HelpActions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/GuideBrowser.h ${CMAKE_CURRENT_LIST_DIR}/GuideBrowser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.h ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.cpp) # + forms/about.ui (AUTOUIC)
file(GLOB sd_guide_files CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/docs/guide-*.md ${CMAKE_SOURCE_DIR}/docs/*.png
     ${CMAKE_SOURCE_DIR}/docs/screenshots/*.png)
qt_add_resources(submitdesk-gui "guide" PREFIX "/guide" BASE ${CMAKE_SOURCE_DIR}/docs FILES ${sd_guide_files})
