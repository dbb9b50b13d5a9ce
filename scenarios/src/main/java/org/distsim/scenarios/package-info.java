/**
 * The bundled scenario library: {@code scenarios/*.yaml}, one system-design lesson each, run
 * headless by {@code ./distsim run scenarios/NAME.yaml}. This module holds no code of its own;
 * its tests ({@code <Name>LessonTest}) run every scenario with its fixed seed, assert the lesson
 * it claims, and compare its text report byte for byte with {@code scenarios/expected/NAME.txt}
 * (re-blessed on purpose with {@code -Dbless=true}). See {@code scenarios/README.md}.
 */
package org.distsim.scenarios;
