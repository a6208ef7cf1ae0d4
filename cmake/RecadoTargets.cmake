# SPDX-License-Identifier: GPL-3.0-or-later
# Project-wide compile settings applied to every target we own.
function(recado_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
  if(RECADO_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_TO_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_STRICT_ITERATORS
    QT_NO_URL_CAST_FROM_STRING)
endfunction()

# A static library made of every .cpp/.h below `dir` (CONFIGURE_DEPENDS, so adding a file needs
# no CMake edit; several people can add files to one library without touching this list).
function(recado_add_library target dir)
  file(GLOB_RECURSE _sources CONFIGURE_DEPENDS ${dir}/*.cpp ${dir}/*.h)
  qt_add_library(${target} STATIC ${_sources})
  recado_target_defaults(${target})
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR})
endfunction()
