# CPack: a Debian package and a tarball on Linux (the NSIS and macOS setups are in installer/windows and
# installer/macos). `cpack` in the build directory packages what the build made; it does not build.
set(CPACK_PACKAGE_NAME submitdesk)
set(CPACK_PACKAGE_VENDOR "SubmitDesk developers")
set(CPACK_PACKAGE_CONTACT "${SUBMITDESK_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${SUBMITDESK_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workstation for submitting lifelong-education learning resources")
set(CPACK_RESOURCE_FILE_LICENSE ${SD_GEN}/copyright)
set(CPACK_STRIP_FILES ON)
if(WIN32)
  set(CPACK_GENERATOR ZIP) # the installer proper: windows/submitdesk.nsi (see README.md)
elseif(APPLE)
  set(CPACK_GENERATOR TGZ) # the bundle and its .dmg: the macos-dmg target (macos/bundle.cmake)
else()
  set(CPACK_GENERATOR "DEB;TGZ")
endif()
set(CPACK_SOURCE_GENERATOR "")
set(CPACK_PACKAGE_FILE_NAME "submitdesk-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")

# Debian. Library dependencies come from dpkg-shlibdeps; what the program needs beside them is named here:
# the CJK fonts the registration form embeds (RegistrationPdf.cpp), and the GStreamer plugins through which
# Qt Multimedia plays H.264/AAC for the media preview.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SUBMITDESK_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SUBMITDESK_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "fonts-arphic-uming, fonts-wqy-zenhei, gstreamer1.0-plugins-good, gstreamer1.0-libav")
# The interface font, Qt's own translations (the standard dialogs in Chinese), Wayland sessions.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# The extended description (CPack puts the summary above it and indents it).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "SubmitDesk (终身教育资源报送工作台) helps the person responsible for a
unit's submission prepare digital learning resources for the national
lifelong-education platform: it keeps the unit, its batches and every
resource's metadata in one workspace file, checks each field as it is typed,
checks videos, audio files and course links against the technical standard,
prints the registration form and exports each batch as a verifiable BagIt
package.
.
The package holds the desktop program (submitdesk) and its command-line
counterpart for scripts (submitdesk-cli).")
# Full RELRO for the two programs (lintian: hardening-no-bindnow); only a relink.
foreach(program submitdesk submitdesk-cli)
  if(TARGET ${program} AND CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_link_options(${program} PRIVATE LINKER:-z,relro,-z,now)
  endif()
endforeach()
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# The tarball unpacks into one folder with bin/ and share/, runnable in place.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)

include(CPack)
