package dev.allot.graph.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.allot.graph.GraphBody;
import tools.jackson.databind.JsonNode;

/**
 * A checked JSON batch: at most 20 requests with unique ids, every dependsOn naming a request of the batch and
 * no dependency cycle; and the order to run them in, dependencies first and otherwise as written.
 */
public final class BatchPlan {

    public static final int MAX_REQUESTS = 20;

    private final List<BatchItem> items;
    private final List<BatchItem> executionOrder;

    private BatchPlan(List<BatchItem> items) {
        this.items = List.copyOf(items);
        this.executionOrder = executionOrder(items);
    }

    public static BatchPlan parse(byte[] body) {
        List<JsonNode> requests = GraphBody.parse(body).allowOnly(Set.of("requests")).array("requests");
        if (requests.isEmpty()) {
            throw BatchItem.invalid("A batch needs at least one request.");
        }
        if (requests.size() > MAX_REQUESTS) {
            throw BatchItem.invalid("A batch holds at most " + MAX_REQUESTS + " requests; this one has " + requests.size() + ".");
        }
        List<BatchItem> items = requests.stream().map(BatchItem::parse).toList();
        requireUniqueIds(items);
        requireKnownDependencies(items);
        return new BatchPlan(items);
    }

    /** The requests as the batch listed them; responses come back in this order. */
    public List<BatchItem> items() {
        return items;
    }

    public List<BatchItem> executionOrder() {
        return executionOrder;
    }

    private static void requireUniqueIds(List<BatchItem> items) {
        Set<String> seen = new HashSet<>();
        for (BatchItem item : items) {
            if (!seen.add(item.id())) {
                throw BatchItem.invalid("The id '" + item.id() + "' is used by more than one request of the batch.");
            }
        }
    }

    private static void requireKnownDependencies(List<BatchItem> items) {
        Set<String> ids = new HashSet<>(items.stream().map(BatchItem::id).toList());
        for (BatchItem item : items) {
            for (String dependency : item.dependsOn()) {
                if (!ids.contains(dependency)) {
                    throw BatchItem.invalid("Request '" + item.id() + "' depends on '" + dependency + "', which is not in the batch.");
                }
            }
        }
    }

    /** Repeatedly takes the first request whose dependencies have all run; when none is left to take, the rest wait on each other. */
    private static List<BatchItem> executionOrder(List<BatchItem> items) {
        List<BatchItem> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        while (order.size() < items.size()) {
            BatchItem next = items.stream().filter(i -> !done.contains(i.id()) && done.containsAll(i.dependsOn())).findFirst()
                    .orElseThrow(() -> unresolvable(items, done));
            order.add(next);
            done.add(next.id());
        }
        return order;
    }

    private static RuntimeException unresolvable(List<BatchItem> items, Set<String> done) {
        List<String> waiting = items.stream().map(BatchItem::id).filter(id -> !done.contains(id)).map(id -> "'" + id + "'").toList();
        return BatchItem.invalid("The dependsOn of requests " + waiting + " never resolve: they form a cycle or depend on one.");
    }
}
