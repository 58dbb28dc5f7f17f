package io.github.caeimpact.model;

import java.util.List;

/** Defensive copies of the lists the records hold. */
final class Lists {

    private Lists() {
    }

    /**
     * Copies a list into an unmodifiable one; a missing list is empty.
     *
     * @param <T> the element type
     * @param list the list, possibly null
     * @param name the component's name, for the message
     * @return the copy
     * @throws NullPointerException naming the component and index of a null element
     */
    static <T> List<T> copyOf(List<T> list, String name) {
        if (list == null) {
            return List.of();
        }
        // Not indexOf(null): immutable lists refuse to look for null.
        int index = 0;
        for (T element : list) {
            if (element == null) {
                throw new NullPointerException(name + ": element " + index + " is null");
            }
            index++;
        }
        return List.copyOf(list);
    }
}
