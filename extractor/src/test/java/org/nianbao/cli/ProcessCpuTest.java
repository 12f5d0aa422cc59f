package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The CPU time a document's clock reads, from the operating system. */
class ProcessCpuTest {

    @Test
    void readsAProcesssCpuTimeAndNeverLessForItsTree() {
        ProcessCpu cpu = new ProcessCpu(ProcessHandle.current());
        DocumentClock.Reading first = cpu.read();
        if (first.workerCpu() < 0) {
            return; // no /proc here: the clock counts wall time (DocumentClockTest)
        }
        long spin = 0;
        for (int i = 0; i < 50_000_000; i++) {
            spin += i % 7;
        }
        DocumentClock.Reading second = cpu.read();
        assertTrue(spin > 0 && second.workerCpu() >= first.workerCpu(), first + " then " + second);
        assertTrue(second.treeCpu() >= second.workerCpu(), second::toString);
        assertTrue(second.wall() > first.wall());
    }
}
