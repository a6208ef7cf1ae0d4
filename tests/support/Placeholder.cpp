// SPDX-License-Identifier: GPL-3.0-or-later
namespace recado::test { int placeholder() { return 0; } }
