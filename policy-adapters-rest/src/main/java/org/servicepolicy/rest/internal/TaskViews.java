package org.servicepolicy.rest.internal;

import java.util.List;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.rest.TaskView;
import org.servicepolicy.tasks.Task;
import org.servicepolicy.tasks.TaskService;

/** Tasks as the API shows them: with the marks the sweep recorded, which the core keeps apart from the task. */
final class TaskViews {
    private TaskViews() {
    }

    /** The view of {@code task}, which {@code actor} may see. */
    static TaskView of(TaskService tasks, Actor actor, Task task) {
        return TaskView.of(task, tasks.marks(actor, task.id()));
    }

    /** The views of {@code list}, each of which {@code actor} may see. */
    static List<TaskView> of(TaskService tasks, Actor actor, List<Task> list) {
        return list.stream().map(task -> of(tasks, actor, task)).toList();
    }
}
