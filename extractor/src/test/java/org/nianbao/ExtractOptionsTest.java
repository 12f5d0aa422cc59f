package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExtractOptionsTest {

    @Test
    void optionsSurviveJavaSerializationAsSparkSendsThemToExecutors() throws IOException, ClassNotFoundException {
        ExtractOptions options = ExtractOptions.defaults().withMaxBytes(1234).withMaxPages(5)
                .withTimeLimit(Duration.ofMillis(700)).withOcr(false).withMaxTextBytes(99);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(options);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(options, in.readObject());
        }
    }
}
