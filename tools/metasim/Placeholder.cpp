// SPDX-License-Identifier: GPL-3.0-or-later
namespace recado::metasim { int placeholder() { return 0; } }
