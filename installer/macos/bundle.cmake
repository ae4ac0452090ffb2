# macOS: SubmitDesk.app with its Info.plist and icon; macdeployqt makes it self-contained and a .dmg.
# Included by installer/CMakeLists.txt; does nothing elsewhere. See installer/README.md ("macOS").
#   cmake --preset default && cmake --build build --target submitdesk submitdesk-cli
#   cmake --build build --target macos-dmg      # build/SubmitDesk.dmg
if(NOT APPLE OR NOT TARGET submitdesk)
  return()
endif()

# The icon: an .iconset of the PNGs rendered from the SVG, turned into .icns by iconutil.
set(sd_iconset ${SD_GEN}/submitdesk.iconset)
set(sd_icns ${SD_GEN}/submitdesk.icns)
set(sd_iconset_commands)
foreach(size 16 32 128 256 512)
  math(EXPR double "${size} * 2")
  list(APPEND sd_iconset_commands
    COMMAND ${RSVG_CONVERT} --width=${size} --height=${size} --output=${sd_iconset}/icon_${size}x${size}.png
            ${SD_ICON_SVG}
    COMMAND ${RSVG_CONVERT} --width=${double} --height=${double}
            --output=${sd_iconset}/icon_${size}x${size}@2x.png ${SD_ICON_SVG})
endforeach()
add_custom_command(OUTPUT ${sd_icns}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${sd_iconset}
  ${sd_iconset_commands}
  COMMAND iconutil --convert icns --output ${sd_icns} ${sd_iconset}
  DEPENDS ${SD_ICON_SVG} VERBATIM)
set_source_files_properties(${sd_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED ON)
target_sources(submitdesk PRIVATE ${sd_icns})

# The guide and the copyright inside the bundle (Contents/Resources/doc).
file(GLOB sd_bundle_docs ${CMAKE_SOURCE_DIR}/docs/guide-*.md ${CMAKE_SOURCE_DIR}/docs/*.png)
set_source_files_properties(${sd_bundle_docs} ${SD_GEN}/copyright PROPERTIES MACOSX_PACKAGE_LOCATION Resources/doc)
target_sources(submitdesk PRIVATE ${sd_bundle_docs} ${SD_GEN}/copyright)

set_target_properties(submitdesk PROPERTIES
  MACOSX_BUNDLE ON
  OUTPUT_NAME SubmitDesk
  MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
  MACOSX_BUNDLE_EXECUTABLE_NAME SubmitDesk
  MACOSX_BUNDLE_GUI_IDENTIFIER io.github.submitdesk
  MACOSX_BUNDLE_ICON_FILE submitdesk.icns
  MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
  MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
  MACOSX_BUNDLE_COPYRIGHT "© SubmitDesk developers, GPL-3.0-or-later")

# macdeployqt: Qt's frameworks and plugins into the bundle; submitdesk-cli is copied into Contents/MacOS
# first so that its libraries (FFmpeg, libarchive, libxlsxwriter from Homebrew) are bundled and fixed too.
find_program(MACDEPLOYQT macdeployqt HINTS ${QT6_INSTALL_PREFIX}/bin)
set(sd_app $<TARGET_BUNDLE_DIR:submitdesk>)
add_custom_target(macos-dmg
  COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE:submitdesk-cli> ${sd_app}/Contents/MacOS/submitdesk-cli
  COMMAND ${MACDEPLOYQT} ${sd_app} -executable=${sd_app}/Contents/MacOS/submitdesk-cli -always-overwrite -dmg
  COMMAND ${sd_app}/Contents/MacOS/submitdesk-cli --version
  DEPENDS submitdesk submitdesk-cli
  WORKING_DIRECTORY ${CMAKE_BINARY_DIR}
  COMMENT "SubmitDesk.app made self-contained with macdeployqt; SubmitDesk.dmg beside it"
  VERBATIM)
