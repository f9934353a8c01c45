export { importQueueOf, openJobQueue, QUEUES, type Attempt, type BatchHandler, type ItemHandler, type JobQueue, type MessageState, type QueueName } from "./queue";
export * from "./schema";
