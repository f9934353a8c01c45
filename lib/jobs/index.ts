export { openJobQueue, QUEUES, type Attempt, type ItemHandler, type JobQueue, type MessageState, type QueueName } from "./queue";
export * from "./schema";
