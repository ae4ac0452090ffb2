# Makes the folder submitdesk.nsi packs, from a Release build made with MSVC and vcpkg (or MSYS2):
#   pwsh installer\windows\stage.ps1 -Build build -Stage stage -FfmpegBin C:\ffmpeg\bin -DepsBin C:\vcpkg\installed\x64-windows\bin
# then: makensis /DVERSION=0.1.0 /DSTAGE=stage installer\windows\submitdesk.nsi
# See installer/README.md. Nothing here runs on the Debian build machine.
param(
    [Parameter(Mandatory)] [string] $Build,      # the CMake build directory
    [Parameter(Mandatory)] [string] $Stage,      # the folder to make (emptied first)
    [Parameter(Mandatory)] [string] $FfmpegBin,  # FFmpeg 5.1 shared build: avformat-59.dll …
    [Parameter(Mandatory)] [string] $DepsBin     # libarchive, libxlsxwriter, OpenSSL, zlib DLLs
)
$ErrorActionPreference = 'Stop'
if (Test-Path $Stage) { Remove-Item -Recurse -Force $Stage }
cmake --install $Build --config Release --prefix $Stage
$bin = Join-Path $Stage 'bin'

# Qt: its DLLs, the platform, style, image-format, multimedia and SQL plugins, and Qt's translations.
windeployqt --release --compiler-runtime --no-opengl-sw (Join-Path $bin 'submitdesk.exe')
windeployqt --release --no-compiler-runtime (Join-Path $bin 'submitdesk-cli.exe')

# FFmpeg 5.1 (the media check runs in-process with these libraries; no ffmpeg.exe is needed).
foreach ($lib in 'avformat-59', 'avcodec-59', 'avutil-57', 'swscale-6', 'swresample-4') {
    Copy-Item (Join-Path $FfmpegBin "$lib.dll") $bin
}
# The other libraries the programs link.
foreach ($pattern in 'archive*.dll', 'xlsxwriter*.dll', 'libcrypto-3*.dll', 'zlib*.dll', 'minizip*.dll',
                     'bz2*.dll', 'lz4*.dll', 'zstd*.dll', 'liblzma*.dll', 'libxml2*.dll', 'iconv*.dll',
                     'deflate*.dll', 'xxhash*.dll') {
    Get-ChildItem -Path $DepsBin -Filter $pattern -ErrorAction SilentlyContinue | Copy-Item -Destination $bin
}

# The icon of the shortcuts and of the installer, from the PNGs the build rendered.
$icons = Join-Path $Build 'installer/generated/icons'
magick (Join-Path $icons '16x16/submitdesk.png') (Join-Path $icons '32x32/submitdesk.png') `
       (Join-Path $icons '48x48/submitdesk.png') (Join-Path $icons '256x256/submitdesk.png') `
       (Join-Path $Stage 'submitdesk.ico')

# Check: every program starts (prints its version) from the staged folder alone.
& (Join-Path $bin 'submitdesk-cli.exe') --version
if ($LASTEXITCODE -ne 0) { throw 'submitdesk-cli does not start from the staged folder: a DLL is missing' }
