package dev.propensity.registry;

import java.nio.file.Path;
import java.util.Map;

/** A separate JVM that publishes to a registry, to show that the lock file keeps processes apart. */
public final class PublishFromAnotherProcess {
    private PublishFromAnotherProcess() {
    }

    /** Arguments: the registry folder and how many versions to publish; prints each number it got. */
    public static void main(String[] args) {
        ModelRegistry registry = ModelRegistry.at(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            System.out.println(registry.publish(RegistryFixtures.model(), RegistryFixtures.body(0.8, 0.4), Map.of())
                    .number());
        }
    }
}
