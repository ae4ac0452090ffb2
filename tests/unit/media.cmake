# Technical check (app/core/media): probe, policy, deep check, link check, CLI `check`.
sd_add_test(test_media_policy SOURCES unit/TestMediaPolicy.cpp LIBS submitdesk-core LABELS unit;media)
sd_add_test(test_media_probe SOURCES unit/TestMediaProbe.cpp LIBS submitdesk-core LABELS unit;media)
sd_add_test(test_link_check SOURCES unit/TestLinkCheck.cpp LIBS submitdesk-core Qt6::Network LABELS unit;media)
sd_add_test(test_media_cli SOURCES unit/TestMediaCli.cpp LIBS submitdesk-core LABELS unit;media;cli)
sd_add_test(test_media_check_service SOURCES unit/TestMediaCheckService.cpp LIBS submitdesk-core LABELS unit;media)
sd_add_test(test_media_check_panel SOURCES unit/TestMediaCheckPanel.cpp LIBS submitdesk-gui LABELS gui;media)
sd_add_test(test_media_main_window SOURCES unit/TestMediaMainWindow.cpp LIBS submitdesk-gui Qt6::Network LABELS gui;media TIMEOUT 300)
sd_add_test(test_media_cli_link SOURCES unit/TestMediaCliLink.cpp LIBS submitdesk-core Qt6::Network LABELS unit;media;cli)
sd_add_test(test_media_avc_config SOURCES unit/TestMediaAvcConfig.cpp LIBS submitdesk-core LABELS unit;media)
sd_add_test(test_deep_check SOURCES unit/TestDeepCheck.cpp LIBS submitdesk-core LABELS unit;media TIMEOUT 300)
# The preview (issue 14): the exact frame for a cover, the waveform overview and its cache.
sd_add_test(test_frame_grabber SOURCES unit/TestFrameGrabber.cpp LIBS submitdesk-core LABELS unit;media)
sd_add_test(test_waveform SOURCES unit/TestWaveform.cpp LIBS submitdesk-core LABELS unit;media)
