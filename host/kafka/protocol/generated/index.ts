// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions *.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

// The api table: dispatch by api key, header versions, and every generated message.

import type { Reader } from '../reader.js'
import type { Writer } from '../writer.js'
import type { MessageInit } from '../codec.js'
import { type ProduceRequest, type ProduceResponse, decodeProduceRequest, encodeProduceRequest, decodeProduceResponse, encodeProduceResponse } from './produce.js'
import { type FetchRequest, type FetchResponse, decodeFetchRequest, encodeFetchRequest, decodeFetchResponse, encodeFetchResponse } from './fetch.js'
import { type ListOffsetsRequest, type ListOffsetsResponse, decodeListOffsetsRequest, encodeListOffsetsRequest, decodeListOffsetsResponse, encodeListOffsetsResponse } from './list-offsets.js'
import { type MetadataRequest, type MetadataResponse, decodeMetadataRequest, encodeMetadataRequest, decodeMetadataResponse, encodeMetadataResponse } from './metadata.js'
import { type LeaderAndIsrRequest, type LeaderAndIsrResponse, decodeLeaderAndIsrRequest, encodeLeaderAndIsrRequest, decodeLeaderAndIsrResponse, encodeLeaderAndIsrResponse } from './leader-and-isr.js'
import { type StopReplicaRequest, type StopReplicaResponse, decodeStopReplicaRequest, encodeStopReplicaRequest, decodeStopReplicaResponse, encodeStopReplicaResponse } from './stop-replica.js'
import { type UpdateMetadataRequest, type UpdateMetadataResponse, decodeUpdateMetadataRequest, encodeUpdateMetadataRequest, decodeUpdateMetadataResponse, encodeUpdateMetadataResponse } from './update-metadata.js'
import { type ControlledShutdownRequest, type ControlledShutdownResponse, decodeControlledShutdownRequest, encodeControlledShutdownRequest, decodeControlledShutdownResponse, encodeControlledShutdownResponse } from './controlled-shutdown.js'
import { type OffsetCommitRequest, type OffsetCommitResponse, decodeOffsetCommitRequest, encodeOffsetCommitRequest, decodeOffsetCommitResponse, encodeOffsetCommitResponse } from './offset-commit.js'
import { type OffsetFetchRequest, type OffsetFetchResponse, decodeOffsetFetchRequest, encodeOffsetFetchRequest, decodeOffsetFetchResponse, encodeOffsetFetchResponse } from './offset-fetch.js'
import { type FindCoordinatorRequest, type FindCoordinatorResponse, decodeFindCoordinatorRequest, encodeFindCoordinatorRequest, decodeFindCoordinatorResponse, encodeFindCoordinatorResponse } from './find-coordinator.js'
import { type JoinGroupRequest, type JoinGroupResponse, decodeJoinGroupRequest, encodeJoinGroupRequest, decodeJoinGroupResponse, encodeJoinGroupResponse } from './join-group.js'
import { type HeartbeatRequest, type HeartbeatResponse, decodeHeartbeatRequest, encodeHeartbeatRequest, decodeHeartbeatResponse, encodeHeartbeatResponse } from './heartbeat.js'
import { type LeaveGroupRequest, type LeaveGroupResponse, decodeLeaveGroupRequest, encodeLeaveGroupRequest, decodeLeaveGroupResponse, encodeLeaveGroupResponse } from './leave-group.js'
import { type SyncGroupRequest, type SyncGroupResponse, decodeSyncGroupRequest, encodeSyncGroupRequest, decodeSyncGroupResponse, encodeSyncGroupResponse } from './sync-group.js'
import { type DescribeGroupsRequest, type DescribeGroupsResponse, decodeDescribeGroupsRequest, encodeDescribeGroupsRequest, decodeDescribeGroupsResponse, encodeDescribeGroupsResponse } from './describe-groups.js'
import { type ListGroupsRequest, type ListGroupsResponse, decodeListGroupsRequest, encodeListGroupsRequest, decodeListGroupsResponse, encodeListGroupsResponse } from './list-groups.js'
import { type SaslHandshakeRequest, type SaslHandshakeResponse, decodeSaslHandshakeRequest, encodeSaslHandshakeRequest, decodeSaslHandshakeResponse, encodeSaslHandshakeResponse } from './sasl-handshake.js'
import { type ApiVersionsRequest, type ApiVersionsResponse, decodeApiVersionsRequest, encodeApiVersionsRequest, decodeApiVersionsResponse, encodeApiVersionsResponse } from './api-versions.js'
import { type CreateTopicsRequest, type CreateTopicsResponse, decodeCreateTopicsRequest, encodeCreateTopicsRequest, decodeCreateTopicsResponse, encodeCreateTopicsResponse } from './create-topics.js'
import { type DeleteTopicsRequest, type DeleteTopicsResponse, decodeDeleteTopicsRequest, encodeDeleteTopicsRequest, decodeDeleteTopicsResponse, encodeDeleteTopicsResponse } from './delete-topics.js'
import { type DeleteRecordsRequest, type DeleteRecordsResponse, decodeDeleteRecordsRequest, encodeDeleteRecordsRequest, decodeDeleteRecordsResponse, encodeDeleteRecordsResponse } from './delete-records.js'
import { type InitProducerIdRequest, type InitProducerIdResponse, decodeInitProducerIdRequest, encodeInitProducerIdRequest, decodeInitProducerIdResponse, encodeInitProducerIdResponse } from './init-producer-id.js'
import { type OffsetForLeaderEpochRequest, type OffsetForLeaderEpochResponse, decodeOffsetForLeaderEpochRequest, encodeOffsetForLeaderEpochRequest, decodeOffsetForLeaderEpochResponse, encodeOffsetForLeaderEpochResponse } from './offset-for-leader-epoch.js'
import { type AddPartitionsToTxnRequest, type AddPartitionsToTxnResponse, decodeAddPartitionsToTxnRequest, encodeAddPartitionsToTxnRequest, decodeAddPartitionsToTxnResponse, encodeAddPartitionsToTxnResponse } from './add-partitions-to-txn.js'
import { type AddOffsetsToTxnRequest, type AddOffsetsToTxnResponse, decodeAddOffsetsToTxnRequest, encodeAddOffsetsToTxnRequest, decodeAddOffsetsToTxnResponse, encodeAddOffsetsToTxnResponse } from './add-offsets-to-txn.js'
import { type EndTxnRequest, type EndTxnResponse, decodeEndTxnRequest, encodeEndTxnRequest, decodeEndTxnResponse, encodeEndTxnResponse } from './end-txn.js'
import { type WriteTxnMarkersRequest, type WriteTxnMarkersResponse, decodeWriteTxnMarkersRequest, encodeWriteTxnMarkersRequest, decodeWriteTxnMarkersResponse, encodeWriteTxnMarkersResponse } from './write-txn-markers.js'
import { type TxnOffsetCommitRequest, type TxnOffsetCommitResponse, decodeTxnOffsetCommitRequest, encodeTxnOffsetCommitRequest, decodeTxnOffsetCommitResponse, encodeTxnOffsetCommitResponse } from './txn-offset-commit.js'
import { type DescribeAclsRequest, type DescribeAclsResponse, decodeDescribeAclsRequest, encodeDescribeAclsRequest, decodeDescribeAclsResponse, encodeDescribeAclsResponse } from './describe-acls.js'
import { type CreateAclsRequest, type CreateAclsResponse, decodeCreateAclsRequest, encodeCreateAclsRequest, decodeCreateAclsResponse, encodeCreateAclsResponse } from './create-acls.js'
import { type DeleteAclsRequest, type DeleteAclsResponse, decodeDeleteAclsRequest, encodeDeleteAclsRequest, decodeDeleteAclsResponse, encodeDeleteAclsResponse } from './delete-acls.js'
import { type DescribeConfigsRequest, type DescribeConfigsResponse, decodeDescribeConfigsRequest, encodeDescribeConfigsRequest, decodeDescribeConfigsResponse, encodeDescribeConfigsResponse } from './describe-configs.js'
import { type AlterConfigsRequest, type AlterConfigsResponse, decodeAlterConfigsRequest, encodeAlterConfigsRequest, decodeAlterConfigsResponse, encodeAlterConfigsResponse } from './alter-configs.js'
import { type AlterReplicaLogDirsRequest, type AlterReplicaLogDirsResponse, decodeAlterReplicaLogDirsRequest, encodeAlterReplicaLogDirsRequest, decodeAlterReplicaLogDirsResponse, encodeAlterReplicaLogDirsResponse } from './alter-replica-log-dirs.js'
import { type DescribeLogDirsRequest, type DescribeLogDirsResponse, decodeDescribeLogDirsRequest, encodeDescribeLogDirsRequest, decodeDescribeLogDirsResponse, encodeDescribeLogDirsResponse } from './describe-log-dirs.js'
import { type SaslAuthenticateRequest, type SaslAuthenticateResponse, decodeSaslAuthenticateRequest, encodeSaslAuthenticateRequest, decodeSaslAuthenticateResponse, encodeSaslAuthenticateResponse } from './sasl-authenticate.js'
import { type CreatePartitionsRequest, type CreatePartitionsResponse, decodeCreatePartitionsRequest, encodeCreatePartitionsRequest, decodeCreatePartitionsResponse, encodeCreatePartitionsResponse } from './create-partitions.js'
import { type CreateDelegationTokenRequest, type CreateDelegationTokenResponse, decodeCreateDelegationTokenRequest, encodeCreateDelegationTokenRequest, decodeCreateDelegationTokenResponse, encodeCreateDelegationTokenResponse } from './create-delegation-token.js'
import { type RenewDelegationTokenRequest, type RenewDelegationTokenResponse, decodeRenewDelegationTokenRequest, encodeRenewDelegationTokenRequest, decodeRenewDelegationTokenResponse, encodeRenewDelegationTokenResponse } from './renew-delegation-token.js'
import { type ExpireDelegationTokenRequest, type ExpireDelegationTokenResponse, decodeExpireDelegationTokenRequest, encodeExpireDelegationTokenRequest, decodeExpireDelegationTokenResponse, encodeExpireDelegationTokenResponse } from './expire-delegation-token.js'
import { type DescribeDelegationTokenRequest, type DescribeDelegationTokenResponse, decodeDescribeDelegationTokenRequest, encodeDescribeDelegationTokenRequest, decodeDescribeDelegationTokenResponse, encodeDescribeDelegationTokenResponse } from './describe-delegation-token.js'
import { type DeleteGroupsRequest, type DeleteGroupsResponse, decodeDeleteGroupsRequest, encodeDeleteGroupsRequest, decodeDeleteGroupsResponse, encodeDeleteGroupsResponse } from './delete-groups.js'
import { type ElectLeadersRequest, type ElectLeadersResponse, decodeElectLeadersRequest, encodeElectLeadersRequest, decodeElectLeadersResponse, encodeElectLeadersResponse } from './elect-leaders.js'
import { type IncrementalAlterConfigsRequest, type IncrementalAlterConfigsResponse, decodeIncrementalAlterConfigsRequest, encodeIncrementalAlterConfigsRequest, decodeIncrementalAlterConfigsResponse, encodeIncrementalAlterConfigsResponse } from './incremental-alter-configs.js'
import { type AlterPartitionReassignmentsRequest, type AlterPartitionReassignmentsResponse, decodeAlterPartitionReassignmentsRequest, encodeAlterPartitionReassignmentsRequest, decodeAlterPartitionReassignmentsResponse, encodeAlterPartitionReassignmentsResponse } from './alter-partition-reassignments.js'
import { type ListPartitionReassignmentsRequest, type ListPartitionReassignmentsResponse, decodeListPartitionReassignmentsRequest, encodeListPartitionReassignmentsRequest, decodeListPartitionReassignmentsResponse, encodeListPartitionReassignmentsResponse } from './list-partition-reassignments.js'
import { type OffsetDeleteRequest, type OffsetDeleteResponse, decodeOffsetDeleteRequest, encodeOffsetDeleteRequest, decodeOffsetDeleteResponse, encodeOffsetDeleteResponse } from './offset-delete.js'
import { type DescribeClientQuotasRequest, type DescribeClientQuotasResponse, decodeDescribeClientQuotasRequest, encodeDescribeClientQuotasRequest, decodeDescribeClientQuotasResponse, encodeDescribeClientQuotasResponse } from './describe-client-quotas.js'
import { type AlterClientQuotasRequest, type AlterClientQuotasResponse, decodeAlterClientQuotasRequest, encodeAlterClientQuotasRequest, decodeAlterClientQuotasResponse, encodeAlterClientQuotasResponse } from './alter-client-quotas.js'
import { type DescribeUserScramCredentialsRequest, type DescribeUserScramCredentialsResponse, decodeDescribeUserScramCredentialsRequest, encodeDescribeUserScramCredentialsRequest, decodeDescribeUserScramCredentialsResponse, encodeDescribeUserScramCredentialsResponse } from './describe-user-scram-credentials.js'
import { type AlterUserScramCredentialsRequest, type AlterUserScramCredentialsResponse, decodeAlterUserScramCredentialsRequest, encodeAlterUserScramCredentialsRequest, decodeAlterUserScramCredentialsResponse, encodeAlterUserScramCredentialsResponse } from './alter-user-scram-credentials.js'
import { type VoteRequest, type VoteResponse, decodeVoteRequest, encodeVoteRequest, decodeVoteResponse, encodeVoteResponse } from './vote.js'
import { type BeginQuorumEpochRequest, type BeginQuorumEpochResponse, decodeBeginQuorumEpochRequest, encodeBeginQuorumEpochRequest, decodeBeginQuorumEpochResponse, encodeBeginQuorumEpochResponse } from './begin-quorum-epoch.js'
import { type EndQuorumEpochRequest, type EndQuorumEpochResponse, decodeEndQuorumEpochRequest, encodeEndQuorumEpochRequest, decodeEndQuorumEpochResponse, encodeEndQuorumEpochResponse } from './end-quorum-epoch.js'
import { type DescribeQuorumRequest, type DescribeQuorumResponse, decodeDescribeQuorumRequest, encodeDescribeQuorumRequest, decodeDescribeQuorumResponse, encodeDescribeQuorumResponse } from './describe-quorum.js'
import { type AlterPartitionRequest, type AlterPartitionResponse, decodeAlterPartitionRequest, encodeAlterPartitionRequest, decodeAlterPartitionResponse, encodeAlterPartitionResponse } from './alter-partition.js'
import { type UpdateFeaturesRequest, type UpdateFeaturesResponse, decodeUpdateFeaturesRequest, encodeUpdateFeaturesRequest, decodeUpdateFeaturesResponse, encodeUpdateFeaturesResponse } from './update-features.js'
import { type EnvelopeRequest, type EnvelopeResponse, decodeEnvelopeRequest, encodeEnvelopeRequest, decodeEnvelopeResponse, encodeEnvelopeResponse } from './envelope.js'
import { type FetchSnapshotRequest, type FetchSnapshotResponse, decodeFetchSnapshotRequest, encodeFetchSnapshotRequest, decodeFetchSnapshotResponse, encodeFetchSnapshotResponse } from './fetch-snapshot.js'
import { type DescribeClusterRequest, type DescribeClusterResponse, decodeDescribeClusterRequest, encodeDescribeClusterRequest, decodeDescribeClusterResponse, encodeDescribeClusterResponse } from './describe-cluster.js'
import { type DescribeProducersRequest, type DescribeProducersResponse, decodeDescribeProducersRequest, encodeDescribeProducersRequest, decodeDescribeProducersResponse, encodeDescribeProducersResponse } from './describe-producers.js'
import { type BrokerRegistrationRequest, type BrokerRegistrationResponse, decodeBrokerRegistrationRequest, encodeBrokerRegistrationRequest, decodeBrokerRegistrationResponse, encodeBrokerRegistrationResponse } from './broker-registration.js'
import { type BrokerHeartbeatRequest, type BrokerHeartbeatResponse, decodeBrokerHeartbeatRequest, encodeBrokerHeartbeatRequest, decodeBrokerHeartbeatResponse, encodeBrokerHeartbeatResponse } from './broker-heartbeat.js'
import { type UnregisterBrokerRequest, type UnregisterBrokerResponse, decodeUnregisterBrokerRequest, encodeUnregisterBrokerRequest, decodeUnregisterBrokerResponse, encodeUnregisterBrokerResponse } from './unregister-broker.js'
import { type DescribeTransactionsRequest, type DescribeTransactionsResponse, decodeDescribeTransactionsRequest, encodeDescribeTransactionsRequest, decodeDescribeTransactionsResponse, encodeDescribeTransactionsResponse } from './describe-transactions.js'
import { type ListTransactionsRequest, type ListTransactionsResponse, decodeListTransactionsRequest, encodeListTransactionsRequest, decodeListTransactionsResponse, encodeListTransactionsResponse } from './list-transactions.js'
import { type AllocateProducerIdsRequest, type AllocateProducerIdsResponse, decodeAllocateProducerIdsRequest, encodeAllocateProducerIdsRequest, decodeAllocateProducerIdsResponse, encodeAllocateProducerIdsResponse } from './allocate-producer-ids.js'
import { type ConsumerGroupHeartbeatRequest, type ConsumerGroupHeartbeatResponse, decodeConsumerGroupHeartbeatRequest, encodeConsumerGroupHeartbeatRequest, decodeConsumerGroupHeartbeatResponse, encodeConsumerGroupHeartbeatResponse } from './consumer-group-heartbeat.js'
import { type ConsumerGroupDescribeRequest, type ConsumerGroupDescribeResponse, decodeConsumerGroupDescribeRequest, encodeConsumerGroupDescribeRequest, decodeConsumerGroupDescribeResponse, encodeConsumerGroupDescribeResponse } from './consumer-group-describe.js'
import { type ControllerRegistrationRequest, type ControllerRegistrationResponse, decodeControllerRegistrationRequest, encodeControllerRegistrationRequest, decodeControllerRegistrationResponse, encodeControllerRegistrationResponse } from './controller-registration.js'
import { type GetTelemetrySubscriptionsRequest, type GetTelemetrySubscriptionsResponse, decodeGetTelemetrySubscriptionsRequest, encodeGetTelemetrySubscriptionsRequest, decodeGetTelemetrySubscriptionsResponse, encodeGetTelemetrySubscriptionsResponse } from './get-telemetry-subscriptions.js'
import { type PushTelemetryRequest, type PushTelemetryResponse, decodePushTelemetryRequest, encodePushTelemetryRequest, decodePushTelemetryResponse, encodePushTelemetryResponse } from './push-telemetry.js'
import { type AssignReplicasToDirsRequest, type AssignReplicasToDirsResponse, decodeAssignReplicasToDirsRequest, encodeAssignReplicasToDirsRequest, decodeAssignReplicasToDirsResponse, encodeAssignReplicasToDirsResponse } from './assign-replicas-to-dirs.js'
import { type ListClientMetricsResourcesRequest, type ListClientMetricsResourcesResponse, decodeListClientMetricsResourcesRequest, encodeListClientMetricsResourcesRequest, decodeListClientMetricsResourcesResponse, encodeListClientMetricsResourcesResponse } from './list-client-metrics-resources.js'
import { type DescribeTopicPartitionsRequest, type DescribeTopicPartitionsResponse, decodeDescribeTopicPartitionsRequest, encodeDescribeTopicPartitionsRequest, decodeDescribeTopicPartitionsResponse, encodeDescribeTopicPartitionsResponse } from './describe-topic-partitions.js'
import { type ShareGroupHeartbeatRequest, type ShareGroupHeartbeatResponse, decodeShareGroupHeartbeatRequest, encodeShareGroupHeartbeatRequest, decodeShareGroupHeartbeatResponse, encodeShareGroupHeartbeatResponse } from './share-group-heartbeat.js'
import { type ShareGroupDescribeRequest, type ShareGroupDescribeResponse, decodeShareGroupDescribeRequest, encodeShareGroupDescribeRequest, decodeShareGroupDescribeResponse, encodeShareGroupDescribeResponse } from './share-group-describe.js'
import { type ShareFetchRequest, type ShareFetchResponse, decodeShareFetchRequest, encodeShareFetchRequest, decodeShareFetchResponse, encodeShareFetchResponse } from './share-fetch.js'
import { type ShareAcknowledgeRequest, type ShareAcknowledgeResponse, decodeShareAcknowledgeRequest, encodeShareAcknowledgeRequest, decodeShareAcknowledgeResponse, encodeShareAcknowledgeResponse } from './share-acknowledge.js'
import { type AddRaftVoterRequest, type AddRaftVoterResponse, decodeAddRaftVoterRequest, encodeAddRaftVoterRequest, decodeAddRaftVoterResponse, encodeAddRaftVoterResponse } from './add-raft-voter.js'
import { type RemoveRaftVoterRequest, type RemoveRaftVoterResponse, decodeRemoveRaftVoterRequest, encodeRemoveRaftVoterRequest, decodeRemoveRaftVoterResponse, encodeRemoveRaftVoterResponse } from './remove-raft-voter.js'
import { type UpdateRaftVoterRequest, type UpdateRaftVoterResponse, decodeUpdateRaftVoterRequest, encodeUpdateRaftVoterRequest, decodeUpdateRaftVoterResponse, encodeUpdateRaftVoterResponse } from './update-raft-voter.js'
import { type InitializeShareGroupStateRequest, type InitializeShareGroupStateResponse, decodeInitializeShareGroupStateRequest, encodeInitializeShareGroupStateRequest, decodeInitializeShareGroupStateResponse, encodeInitializeShareGroupStateResponse } from './initialize-share-group-state.js'
import { type ReadShareGroupStateRequest, type ReadShareGroupStateResponse, decodeReadShareGroupStateRequest, encodeReadShareGroupStateRequest, decodeReadShareGroupStateResponse, encodeReadShareGroupStateResponse } from './read-share-group-state.js'
import { type WriteShareGroupStateRequest, type WriteShareGroupStateResponse, decodeWriteShareGroupStateRequest, encodeWriteShareGroupStateRequest, decodeWriteShareGroupStateResponse, encodeWriteShareGroupStateResponse } from './write-share-group-state.js'
import { type DeleteShareGroupStateRequest, type DeleteShareGroupStateResponse, decodeDeleteShareGroupStateRequest, encodeDeleteShareGroupStateRequest, decodeDeleteShareGroupStateResponse, encodeDeleteShareGroupStateResponse } from './delete-share-group-state.js'
import { type ReadShareGroupStateSummaryRequest, type ReadShareGroupStateSummaryResponse, decodeReadShareGroupStateSummaryRequest, encodeReadShareGroupStateSummaryRequest, decodeReadShareGroupStateSummaryResponse, encodeReadShareGroupStateSummaryResponse } from './read-share-group-state-summary.js'

export * from './produce.js'
export * from './fetch.js'
export * from './list-offsets.js'
export * from './metadata.js'
export * from './leader-and-isr.js'
export * from './stop-replica.js'
export * from './update-metadata.js'
export * from './controlled-shutdown.js'
export * from './offset-commit.js'
export * from './offset-fetch.js'
export * from './find-coordinator.js'
export * from './join-group.js'
export * from './heartbeat.js'
export * from './leave-group.js'
export * from './sync-group.js'
export * from './describe-groups.js'
export * from './list-groups.js'
export * from './sasl-handshake.js'
export * from './api-versions.js'
export * from './create-topics.js'
export * from './delete-topics.js'
export * from './delete-records.js'
export * from './init-producer-id.js'
export * from './offset-for-leader-epoch.js'
export * from './add-partitions-to-txn.js'
export * from './add-offsets-to-txn.js'
export * from './end-txn.js'
export * from './write-txn-markers.js'
export * from './txn-offset-commit.js'
export * from './describe-acls.js'
export * from './create-acls.js'
export * from './delete-acls.js'
export * from './describe-configs.js'
export * from './alter-configs.js'
export * from './alter-replica-log-dirs.js'
export * from './describe-log-dirs.js'
export * from './sasl-authenticate.js'
export * from './create-partitions.js'
export * from './create-delegation-token.js'
export * from './renew-delegation-token.js'
export * from './expire-delegation-token.js'
export * from './describe-delegation-token.js'
export * from './delete-groups.js'
export * from './elect-leaders.js'
export * from './incremental-alter-configs.js'
export * from './alter-partition-reassignments.js'
export * from './list-partition-reassignments.js'
export * from './offset-delete.js'
export * from './describe-client-quotas.js'
export * from './alter-client-quotas.js'
export * from './describe-user-scram-credentials.js'
export * from './alter-user-scram-credentials.js'
export * from './vote.js'
export * from './begin-quorum-epoch.js'
export * from './end-quorum-epoch.js'
export * from './describe-quorum.js'
export * from './alter-partition.js'
export * from './update-features.js'
export * from './envelope.js'
export * from './fetch-snapshot.js'
export * from './describe-cluster.js'
export * from './describe-producers.js'
export * from './broker-registration.js'
export * from './broker-heartbeat.js'
export * from './unregister-broker.js'
export * from './describe-transactions.js'
export * from './list-transactions.js'
export * from './allocate-producer-ids.js'
export * from './consumer-group-heartbeat.js'
export * from './consumer-group-describe.js'
export * from './controller-registration.js'
export * from './get-telemetry-subscriptions.js'
export * from './push-telemetry.js'
export * from './assign-replicas-to-dirs.js'
export * from './list-client-metrics-resources.js'
export * from './describe-topic-partitions.js'
export * from './share-group-heartbeat.js'
export * from './share-group-describe.js'
export * from './share-fetch.js'
export * from './share-acknowledge.js'
export * from './add-raft-voter.js'
export * from './remove-raft-voter.js'
export * from './update-raft-voter.js'
export * from './initialize-share-group-state.js'
export * from './read-share-group-state.js'
export * from './write-share-group-state.js'
export * from './delete-share-group-state.js'
export * from './read-share-group-state-summary.js'
export * from './consumer-protocol-assignment.js'
export * from './consumer-protocol-subscription.js'
export * from './default-principal-data.js'
export * from './k-raft-version-record.js'
export * from './leader-change-message.js'
export * from './request-header.js'
export * from './response-header.js'
export * from './snapshot-footer-record.js'
export * from './snapshot-header-record.js'
export * from './voters-record.js'

export const ApiKey = {
  Produce: 0,
  Fetch: 1,
  ListOffsets: 2,
  Metadata: 3,
  LeaderAndIsr: 4,
  StopReplica: 5,
  UpdateMetadata: 6,
  ControlledShutdown: 7,
  OffsetCommit: 8,
  OffsetFetch: 9,
  FindCoordinator: 10,
  JoinGroup: 11,
  Heartbeat: 12,
  LeaveGroup: 13,
  SyncGroup: 14,
  DescribeGroups: 15,
  ListGroups: 16,
  SaslHandshake: 17,
  ApiVersions: 18,
  CreateTopics: 19,
  DeleteTopics: 20,
  DeleteRecords: 21,
  InitProducerId: 22,
  OffsetForLeaderEpoch: 23,
  AddPartitionsToTxn: 24,
  AddOffsetsToTxn: 25,
  EndTxn: 26,
  WriteTxnMarkers: 27,
  TxnOffsetCommit: 28,
  DescribeAcls: 29,
  CreateAcls: 30,
  DeleteAcls: 31,
  DescribeConfigs: 32,
  AlterConfigs: 33,
  AlterReplicaLogDirs: 34,
  DescribeLogDirs: 35,
  SaslAuthenticate: 36,
  CreatePartitions: 37,
  CreateDelegationToken: 38,
  RenewDelegationToken: 39,
  ExpireDelegationToken: 40,
  DescribeDelegationToken: 41,
  DeleteGroups: 42,
  ElectLeaders: 43,
  IncrementalAlterConfigs: 44,
  AlterPartitionReassignments: 45,
  ListPartitionReassignments: 46,
  OffsetDelete: 47,
  DescribeClientQuotas: 48,
  AlterClientQuotas: 49,
  DescribeUserScramCredentials: 50,
  AlterUserScramCredentials: 51,
  Vote: 52,
  BeginQuorumEpoch: 53,
  EndQuorumEpoch: 54,
  DescribeQuorum: 55,
  AlterPartition: 56,
  UpdateFeatures: 57,
  Envelope: 58,
  FetchSnapshot: 59,
  DescribeCluster: 60,
  DescribeProducers: 61,
  BrokerRegistration: 62,
  BrokerHeartbeat: 63,
  UnregisterBroker: 64,
  DescribeTransactions: 65,
  ListTransactions: 66,
  AllocateProducerIds: 67,
  ConsumerGroupHeartbeat: 68,
  ConsumerGroupDescribe: 69,
  ControllerRegistration: 70,
  GetTelemetrySubscriptions: 71,
  PushTelemetry: 72,
  AssignReplicasToDirs: 73,
  ListClientMetricsResources: 74,
  DescribeTopicPartitions: 75,
  ShareGroupHeartbeat: 76,
  ShareGroupDescribe: 77,
  ShareFetch: 78,
  ShareAcknowledge: 79,
  AddRaftVoter: 80,
  RemoveRaftVoter: 81,
  UpdateRaftVoter: 82,
  InitializeShareGroupState: 83,
  ReadShareGroupState: 84,
  WriteShareGroupState: 85,
  DeleteShareGroupState: 86,
  ReadShareGroupStateSummary: 87,
} as const
export type ApiKey = (typeof ApiKey)[keyof typeof ApiKey]

/**
 * What a broker needs to dispatch one api: its versions and its codecs (decode the request, encode the
 * response). The other direction is apiClientCodec's, kept apart so that a bundle of the broker
 * leaves out the request encoders and response decoders it never calls (about half the codec).
 */
export interface ApiDescriptor<Req = unknown, Res = unknown> {
  readonly apiKey: number
  /** Kafka's name without the Request/Response suffix, e.g. `Metadata`. */
  readonly name: string
  readonly minVersion: number
  readonly maxVersion: number
  /** First flexible version (compact encodings, tagged fields, request header v2), or -1 if none. */
  readonly flexibleMin: number
  /** Versions Kafka marks deprecated, or null. */
  readonly deprecatedVersions: { readonly min: number; readonly max: number } | null
  /** The highest version is still under development in Kafka and should not be advertised. */
  readonly latestVersionUnstable: boolean
  /** Listener types that serve the api in Kafka: broker, controller, zkBroker. */
  readonly listeners: readonly string[]
  readonly decodeRequest: (r: Reader, version: number) => Req
  readonly encodeResponse: (w: Writer, m: MessageInit<Res>, version: number) => void
}

/** A client's side of one api: encode the request, decode the response. */
export interface ApiClientCodec<Req = unknown, Res = unknown> {
  readonly encodeRequest: (w: Writer, m: MessageInit<Req>, version: number) => void
  readonly decodeResponse: (r: Reader, version: number) => Res
}

export const API_DESCRIPTORS: readonly ApiDescriptor[] = [
  {
    apiKey: 0, name: 'Produce', minVersion: 0, maxVersion: 11, flexibleMin: 9,
    deprecatedVersions: { min: 0, max: 6 }, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeProduceRequest, encodeResponse: encodeProduceResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 1, name: 'Fetch', minVersion: 0, maxVersion: 17, flexibleMin: 12,
    deprecatedVersions: { min: 0, max: 3 }, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeFetchRequest, encodeResponse: encodeFetchResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 2, name: 'ListOffsets', minVersion: 0, maxVersion: 10, flexibleMin: 6,
    deprecatedVersions: { min: 0, max: 0 }, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeListOffsetsRequest, encodeResponse: encodeListOffsetsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 3, name: 'Metadata', minVersion: 0, maxVersion: 12, flexibleMin: 9,
    deprecatedVersions: { min: 0, max: 3 }, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeMetadataRequest, encodeResponse: encodeMetadataResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 4, name: 'LeaderAndIsr', minVersion: 0, maxVersion: 7, flexibleMin: 4,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker"],
    decodeRequest: decodeLeaderAndIsrRequest, encodeResponse: encodeLeaderAndIsrResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 5, name: 'StopReplica', minVersion: 0, maxVersion: 4, flexibleMin: 2,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker"],
    decodeRequest: decodeStopReplicaRequest, encodeResponse: encodeStopReplicaResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 6, name: 'UpdateMetadata', minVersion: 0, maxVersion: 8, flexibleMin: 6,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker"],
    decodeRequest: decodeUpdateMetadataRequest, encodeResponse: encodeUpdateMetadataResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 7, name: 'ControlledShutdown', minVersion: 0, maxVersion: 3, flexibleMin: 3,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","controller"],
    decodeRequest: decodeControlledShutdownRequest, encodeResponse: encodeControlledShutdownResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 8, name: 'OffsetCommit', minVersion: 0, maxVersion: 9, flexibleMin: 8,
    deprecatedVersions: { min: 0, max: 1 }, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeOffsetCommitRequest, encodeResponse: encodeOffsetCommitResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 9, name: 'OffsetFetch', minVersion: 0, maxVersion: 9, flexibleMin: 6,
    deprecatedVersions: { min: 0, max: 0 }, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeOffsetFetchRequest, encodeResponse: encodeOffsetFetchResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 10, name: 'FindCoordinator', minVersion: 0, maxVersion: 6, flexibleMin: 3,
    deprecatedVersions: { min: 0, max: 0 }, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeFindCoordinatorRequest, encodeResponse: encodeFindCoordinatorResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 11, name: 'JoinGroup', minVersion: 0, maxVersion: 9, flexibleMin: 6,
    deprecatedVersions: { min: 0, max: 1 }, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeJoinGroupRequest, encodeResponse: encodeJoinGroupResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 12, name: 'Heartbeat', minVersion: 0, maxVersion: 4, flexibleMin: 4,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeHeartbeatRequest, encodeResponse: encodeHeartbeatResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 13, name: 'LeaveGroup', minVersion: 0, maxVersion: 5, flexibleMin: 4,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeLeaveGroupRequest, encodeResponse: encodeLeaveGroupResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 14, name: 'SyncGroup', minVersion: 0, maxVersion: 5, flexibleMin: 4,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeSyncGroupRequest, encodeResponse: encodeSyncGroupResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 15, name: 'DescribeGroups', minVersion: 0, maxVersion: 5, flexibleMin: 5,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeDescribeGroupsRequest, encodeResponse: encodeDescribeGroupsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 16, name: 'ListGroups', minVersion: 0, maxVersion: 5, flexibleMin: 3,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeListGroupsRequest, encodeResponse: encodeListGroupsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 17, name: 'SaslHandshake', minVersion: 0, maxVersion: 1, flexibleMin: -1,
    deprecatedVersions: { min: 0, max: 0 }, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeSaslHandshakeRequest, encodeResponse: encodeSaslHandshakeResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 18, name: 'ApiVersions', minVersion: 0, maxVersion: 4, flexibleMin: 3,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeApiVersionsRequest, encodeResponse: encodeApiVersionsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 19, name: 'CreateTopics', minVersion: 0, maxVersion: 7, flexibleMin: 5,
    deprecatedVersions: { min: 0, max: 1 }, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeCreateTopicsRequest, encodeResponse: encodeCreateTopicsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 20, name: 'DeleteTopics', minVersion: 0, maxVersion: 6, flexibleMin: 4,
    deprecatedVersions: { min: 0, max: 0 }, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeDeleteTopicsRequest, encodeResponse: encodeDeleteTopicsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 21, name: 'DeleteRecords', minVersion: 0, maxVersion: 2, flexibleMin: 2,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeDeleteRecordsRequest, encodeResponse: encodeDeleteRecordsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 22, name: 'InitProducerId', minVersion: 0, maxVersion: 5, flexibleMin: 2,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeInitProducerIdRequest, encodeResponse: encodeInitProducerIdResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 23, name: 'OffsetForLeaderEpoch', minVersion: 0, maxVersion: 4, flexibleMin: 4,
    deprecatedVersions: { min: 0, max: 1 }, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeOffsetForLeaderEpochRequest, encodeResponse: encodeOffsetForLeaderEpochResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 24, name: 'AddPartitionsToTxn', minVersion: 0, maxVersion: 5, flexibleMin: 3,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeAddPartitionsToTxnRequest, encodeResponse: encodeAddPartitionsToTxnResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 25, name: 'AddOffsetsToTxn', minVersion: 0, maxVersion: 4, flexibleMin: 3,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeAddOffsetsToTxnRequest, encodeResponse: encodeAddOffsetsToTxnResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 26, name: 'EndTxn', minVersion: 0, maxVersion: 5, flexibleMin: 3,
    deprecatedVersions: null, latestVersionUnstable: true, listeners: ["zkBroker","broker"],
    decodeRequest: decodeEndTxnRequest, encodeResponse: encodeEndTxnResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 27, name: 'WriteTxnMarkers', minVersion: 0, maxVersion: 1, flexibleMin: 1,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeWriteTxnMarkersRequest, encodeResponse: encodeWriteTxnMarkersResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 28, name: 'TxnOffsetCommit', minVersion: 0, maxVersion: 4, flexibleMin: 3,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeTxnOffsetCommitRequest, encodeResponse: encodeTxnOffsetCommitResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 29, name: 'DescribeAcls', minVersion: 0, maxVersion: 3, flexibleMin: 2,
    deprecatedVersions: { min: 0, max: 0 }, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeDescribeAclsRequest, encodeResponse: encodeDescribeAclsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 30, name: 'CreateAcls', minVersion: 0, maxVersion: 3, flexibleMin: 2,
    deprecatedVersions: { min: 0, max: 0 }, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeCreateAclsRequest, encodeResponse: encodeCreateAclsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 31, name: 'DeleteAcls', minVersion: 0, maxVersion: 3, flexibleMin: 2,
    deprecatedVersions: { min: 0, max: 0 }, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeDeleteAclsRequest, encodeResponse: encodeDeleteAclsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 32, name: 'DescribeConfigs', minVersion: 0, maxVersion: 4, flexibleMin: 4,
    deprecatedVersions: { min: 0, max: 0 }, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeDescribeConfigsRequest, encodeResponse: encodeDescribeConfigsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 33, name: 'AlterConfigs', minVersion: 0, maxVersion: 2, flexibleMin: 2,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeAlterConfigsRequest, encodeResponse: encodeAlterConfigsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 34, name: 'AlterReplicaLogDirs', minVersion: 0, maxVersion: 2, flexibleMin: 2,
    deprecatedVersions: { min: 0, max: 0 }, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeAlterReplicaLogDirsRequest, encodeResponse: encodeAlterReplicaLogDirsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 35, name: 'DescribeLogDirs', minVersion: 0, maxVersion: 4, flexibleMin: 2,
    deprecatedVersions: { min: 0, max: 0 }, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeDescribeLogDirsRequest, encodeResponse: encodeDescribeLogDirsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 36, name: 'SaslAuthenticate', minVersion: 0, maxVersion: 2, flexibleMin: 2,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeSaslAuthenticateRequest, encodeResponse: encodeSaslAuthenticateResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 37, name: 'CreatePartitions', minVersion: 0, maxVersion: 3, flexibleMin: 2,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeCreatePartitionsRequest, encodeResponse: encodeCreatePartitionsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 38, name: 'CreateDelegationToken', minVersion: 0, maxVersion: 3, flexibleMin: 2,
    deprecatedVersions: { min: 0, max: 0 }, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeCreateDelegationTokenRequest, encodeResponse: encodeCreateDelegationTokenResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 39, name: 'RenewDelegationToken', minVersion: 0, maxVersion: 2, flexibleMin: 2,
    deprecatedVersions: { min: 0, max: 0 }, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeRenewDelegationTokenRequest, encodeResponse: encodeRenewDelegationTokenResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 40, name: 'ExpireDelegationToken', minVersion: 0, maxVersion: 2, flexibleMin: 2,
    deprecatedVersions: { min: 0, max: 0 }, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeExpireDelegationTokenRequest, encodeResponse: encodeExpireDelegationTokenResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 41, name: 'DescribeDelegationToken', minVersion: 0, maxVersion: 3, flexibleMin: 2,
    deprecatedVersions: { min: 0, max: 0 }, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeDescribeDelegationTokenRequest, encodeResponse: encodeDescribeDelegationTokenResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 42, name: 'DeleteGroups', minVersion: 0, maxVersion: 2, flexibleMin: 2,
    deprecatedVersions: { min: 0, max: 0 }, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeDeleteGroupsRequest, encodeResponse: encodeDeleteGroupsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 43, name: 'ElectLeaders', minVersion: 0, maxVersion: 2, flexibleMin: 2,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeElectLeadersRequest, encodeResponse: encodeElectLeadersResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 44, name: 'IncrementalAlterConfigs', minVersion: 0, maxVersion: 1, flexibleMin: 1,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeIncrementalAlterConfigsRequest, encodeResponse: encodeIncrementalAlterConfigsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 45, name: 'AlterPartitionReassignments', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["broker","controller","zkBroker"],
    decodeRequest: decodeAlterPartitionReassignmentsRequest, encodeResponse: encodeAlterPartitionReassignmentsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 46, name: 'ListPartitionReassignments', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["broker","controller","zkBroker"],
    decodeRequest: decodeListPartitionReassignmentsRequest, encodeResponse: encodeListPartitionReassignmentsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 47, name: 'OffsetDelete', minVersion: 0, maxVersion: 0, flexibleMin: -1,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeOffsetDeleteRequest, encodeResponse: encodeOffsetDeleteResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 48, name: 'DescribeClientQuotas', minVersion: 0, maxVersion: 1, flexibleMin: 1,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeDescribeClientQuotasRequest, encodeResponse: encodeDescribeClientQuotasResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 49, name: 'AlterClientQuotas', minVersion: 0, maxVersion: 1, flexibleMin: 1,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeAlterClientQuotasRequest, encodeResponse: encodeAlterClientQuotasResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 50, name: 'DescribeUserScramCredentials', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeDescribeUserScramCredentialsRequest, encodeResponse: encodeDescribeUserScramCredentialsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 51, name: 'AlterUserScramCredentials', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeAlterUserScramCredentialsRequest, encodeResponse: encodeAlterUserScramCredentialsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 52, name: 'Vote', minVersion: 0, maxVersion: 1, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["controller"],
    decodeRequest: decodeVoteRequest, encodeResponse: encodeVoteResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 53, name: 'BeginQuorumEpoch', minVersion: 0, maxVersion: 1, flexibleMin: 1,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["controller"],
    decodeRequest: decodeBeginQuorumEpochRequest, encodeResponse: encodeBeginQuorumEpochResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 54, name: 'EndQuorumEpoch', minVersion: 0, maxVersion: 1, flexibleMin: 1,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["controller"],
    decodeRequest: decodeEndQuorumEpochRequest, encodeResponse: encodeEndQuorumEpochResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 55, name: 'DescribeQuorum', minVersion: 0, maxVersion: 2, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["broker","controller"],
    decodeRequest: decodeDescribeQuorumRequest, encodeResponse: encodeDescribeQuorumResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 56, name: 'AlterPartition', minVersion: 0, maxVersion: 3, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","controller"],
    decodeRequest: decodeAlterPartitionRequest, encodeResponse: encodeAlterPartitionResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 57, name: 'UpdateFeatures', minVersion: 0, maxVersion: 2, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeUpdateFeaturesRequest, encodeResponse: encodeUpdateFeaturesResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 58, name: 'Envelope', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["controller","zkBroker"],
    decodeRequest: decodeEnvelopeRequest, encodeResponse: encodeEnvelopeResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 59, name: 'FetchSnapshot', minVersion: 0, maxVersion: 1, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["controller"],
    decodeRequest: decodeFetchSnapshotRequest, encodeResponse: encodeFetchSnapshotResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 60, name: 'DescribeCluster', minVersion: 0, maxVersion: 1, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker","controller"],
    decodeRequest: decodeDescribeClusterRequest, encodeResponse: encodeDescribeClusterResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 61, name: 'DescribeProducers', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeDescribeProducersRequest, encodeResponse: encodeDescribeProducersResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 62, name: 'BrokerRegistration', minVersion: 0, maxVersion: 4, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["controller"],
    decodeRequest: decodeBrokerRegistrationRequest, encodeResponse: encodeBrokerRegistrationResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 63, name: 'BrokerHeartbeat', minVersion: 0, maxVersion: 1, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["controller"],
    decodeRequest: decodeBrokerHeartbeatRequest, encodeResponse: encodeBrokerHeartbeatResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 64, name: 'UnregisterBroker', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["broker","controller"],
    decodeRequest: decodeUnregisterBrokerRequest, encodeResponse: encodeUnregisterBrokerResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 65, name: 'DescribeTransactions', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeDescribeTransactionsRequest, encodeResponse: encodeDescribeTransactionsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 66, name: 'ListTransactions', minVersion: 0, maxVersion: 1, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeListTransactionsRequest, encodeResponse: encodeListTransactionsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 67, name: 'AllocateProducerIds', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","controller"],
    decodeRequest: decodeAllocateProducerIdsRequest, encodeResponse: encodeAllocateProducerIdsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 68, name: 'ConsumerGroupHeartbeat', minVersion: 0, maxVersion: 1, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: true, listeners: ["zkBroker","broker"],
    decodeRequest: decodeConsumerGroupHeartbeatRequest, encodeResponse: encodeConsumerGroupHeartbeatResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 69, name: 'ConsumerGroupDescribe', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["zkBroker","broker"],
    decodeRequest: decodeConsumerGroupDescribeRequest, encodeResponse: encodeConsumerGroupDescribeResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 70, name: 'ControllerRegistration', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["controller"],
    decodeRequest: decodeControllerRegistrationRequest, encodeResponse: encodeControllerRegistrationResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 71, name: 'GetTelemetrySubscriptions', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["broker"],
    decodeRequest: decodeGetTelemetrySubscriptionsRequest, encodeResponse: encodeGetTelemetrySubscriptionsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 72, name: 'PushTelemetry', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["broker"],
    decodeRequest: decodePushTelemetryRequest, encodeResponse: encodePushTelemetryResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 73, name: 'AssignReplicasToDirs', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["controller"],
    decodeRequest: decodeAssignReplicasToDirsRequest, encodeResponse: encodeAssignReplicasToDirsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 74, name: 'ListClientMetricsResources', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["broker"],
    decodeRequest: decodeListClientMetricsResourcesRequest, encodeResponse: encodeListClientMetricsResourcesResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 75, name: 'DescribeTopicPartitions', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["broker"],
    decodeRequest: decodeDescribeTopicPartitionsRequest, encodeResponse: encodeDescribeTopicPartitionsResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 76, name: 'ShareGroupHeartbeat', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: true, listeners: ["broker"],
    decodeRequest: decodeShareGroupHeartbeatRequest, encodeResponse: encodeShareGroupHeartbeatResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 77, name: 'ShareGroupDescribe', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: true, listeners: ["broker"],
    decodeRequest: decodeShareGroupDescribeRequest, encodeResponse: encodeShareGroupDescribeResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 78, name: 'ShareFetch', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: true, listeners: ["broker"],
    decodeRequest: decodeShareFetchRequest, encodeResponse: encodeShareFetchResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 79, name: 'ShareAcknowledge', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: true, listeners: ["broker"],
    decodeRequest: decodeShareAcknowledgeRequest, encodeResponse: encodeShareAcknowledgeResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 80, name: 'AddRaftVoter', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["controller","broker"],
    decodeRequest: decodeAddRaftVoterRequest, encodeResponse: encodeAddRaftVoterResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 81, name: 'RemoveRaftVoter', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["controller","broker"],
    decodeRequest: decodeRemoveRaftVoterRequest, encodeResponse: encodeRemoveRaftVoterResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 82, name: 'UpdateRaftVoter', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: false, listeners: ["controller"],
    decodeRequest: decodeUpdateRaftVoterRequest, encodeResponse: encodeUpdateRaftVoterResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 83, name: 'InitializeShareGroupState', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: true, listeners: ["broker"],
    decodeRequest: decodeInitializeShareGroupStateRequest, encodeResponse: encodeInitializeShareGroupStateResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 84, name: 'ReadShareGroupState', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: true, listeners: ["broker"],
    decodeRequest: decodeReadShareGroupStateRequest, encodeResponse: encodeReadShareGroupStateResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 85, name: 'WriteShareGroupState', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: true, listeners: ["broker"],
    decodeRequest: decodeWriteShareGroupStateRequest, encodeResponse: encodeWriteShareGroupStateResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 86, name: 'DeleteShareGroupState', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: true, listeners: ["broker"],
    decodeRequest: decodeDeleteShareGroupStateRequest, encodeResponse: encodeDeleteShareGroupStateResponse as ApiDescriptor['encodeResponse'],
  },
  {
    apiKey: 87, name: 'ReadShareGroupStateSummary', minVersion: 0, maxVersion: 0, flexibleMin: 0,
    deprecatedVersions: null, latestVersionUnstable: true, listeners: ["broker"],
    decodeRequest: decodeReadShareGroupStateSummaryRequest, encodeResponse: encodeReadShareGroupStateSummaryResponse as ApiDescriptor['encodeResponse'],
  },
]

const BY_KEY: (ApiDescriptor | undefined)[] = []
for (const d of API_DESCRIPTORS) BY_KEY[d.apiKey] = d

/** The descriptor for an api key, or undefined for a key this codec does not know. */
export function apiDescriptor(apiKey: number): ApiDescriptor | undefined {
  return BY_KEY[apiKey]
}

// Built on first use, not at load: an unused table (a broker's bundle) then drops out with its codecs.
let clientCodecs: (ApiClientCodec | undefined)[] | undefined

/** The client codec for an api key, or undefined for a key this codec does not know. */
export function apiClientCodec(apiKey: number): ApiClientCodec | undefined {
  clientCodecs ??= clientCodecTable()
  return clientCodecs[apiKey]
}

function clientCodecTable(): (ApiClientCodec | undefined)[] {
  const t: (ApiClientCodec | undefined)[] = []
  t[0] = { encodeRequest: encodeProduceRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeProduceResponse }
  t[1] = { encodeRequest: encodeFetchRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeFetchResponse }
  t[2] = { encodeRequest: encodeListOffsetsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeListOffsetsResponse }
  t[3] = { encodeRequest: encodeMetadataRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeMetadataResponse }
  t[4] = { encodeRequest: encodeLeaderAndIsrRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeLeaderAndIsrResponse }
  t[5] = { encodeRequest: encodeStopReplicaRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeStopReplicaResponse }
  t[6] = { encodeRequest: encodeUpdateMetadataRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeUpdateMetadataResponse }
  t[7] = { encodeRequest: encodeControlledShutdownRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeControlledShutdownResponse }
  t[8] = { encodeRequest: encodeOffsetCommitRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeOffsetCommitResponse }
  t[9] = { encodeRequest: encodeOffsetFetchRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeOffsetFetchResponse }
  t[10] = { encodeRequest: encodeFindCoordinatorRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeFindCoordinatorResponse }
  t[11] = { encodeRequest: encodeJoinGroupRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeJoinGroupResponse }
  t[12] = { encodeRequest: encodeHeartbeatRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeHeartbeatResponse }
  t[13] = { encodeRequest: encodeLeaveGroupRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeLeaveGroupResponse }
  t[14] = { encodeRequest: encodeSyncGroupRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeSyncGroupResponse }
  t[15] = { encodeRequest: encodeDescribeGroupsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeDescribeGroupsResponse }
  t[16] = { encodeRequest: encodeListGroupsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeListGroupsResponse }
  t[17] = { encodeRequest: encodeSaslHandshakeRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeSaslHandshakeResponse }
  t[18] = { encodeRequest: encodeApiVersionsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeApiVersionsResponse }
  t[19] = { encodeRequest: encodeCreateTopicsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeCreateTopicsResponse }
  t[20] = { encodeRequest: encodeDeleteTopicsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeDeleteTopicsResponse }
  t[21] = { encodeRequest: encodeDeleteRecordsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeDeleteRecordsResponse }
  t[22] = { encodeRequest: encodeInitProducerIdRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeInitProducerIdResponse }
  t[23] = { encodeRequest: encodeOffsetForLeaderEpochRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeOffsetForLeaderEpochResponse }
  t[24] = { encodeRequest: encodeAddPartitionsToTxnRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeAddPartitionsToTxnResponse }
  t[25] = { encodeRequest: encodeAddOffsetsToTxnRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeAddOffsetsToTxnResponse }
  t[26] = { encodeRequest: encodeEndTxnRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeEndTxnResponse }
  t[27] = { encodeRequest: encodeWriteTxnMarkersRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeWriteTxnMarkersResponse }
  t[28] = { encodeRequest: encodeTxnOffsetCommitRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeTxnOffsetCommitResponse }
  t[29] = { encodeRequest: encodeDescribeAclsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeDescribeAclsResponse }
  t[30] = { encodeRequest: encodeCreateAclsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeCreateAclsResponse }
  t[31] = { encodeRequest: encodeDeleteAclsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeDeleteAclsResponse }
  t[32] = { encodeRequest: encodeDescribeConfigsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeDescribeConfigsResponse }
  t[33] = { encodeRequest: encodeAlterConfigsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeAlterConfigsResponse }
  t[34] = { encodeRequest: encodeAlterReplicaLogDirsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeAlterReplicaLogDirsResponse }
  t[35] = { encodeRequest: encodeDescribeLogDirsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeDescribeLogDirsResponse }
  t[36] = { encodeRequest: encodeSaslAuthenticateRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeSaslAuthenticateResponse }
  t[37] = { encodeRequest: encodeCreatePartitionsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeCreatePartitionsResponse }
  t[38] = { encodeRequest: encodeCreateDelegationTokenRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeCreateDelegationTokenResponse }
  t[39] = { encodeRequest: encodeRenewDelegationTokenRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeRenewDelegationTokenResponse }
  t[40] = { encodeRequest: encodeExpireDelegationTokenRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeExpireDelegationTokenResponse }
  t[41] = { encodeRequest: encodeDescribeDelegationTokenRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeDescribeDelegationTokenResponse }
  t[42] = { encodeRequest: encodeDeleteGroupsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeDeleteGroupsResponse }
  t[43] = { encodeRequest: encodeElectLeadersRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeElectLeadersResponse }
  t[44] = { encodeRequest: encodeIncrementalAlterConfigsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeIncrementalAlterConfigsResponse }
  t[45] = { encodeRequest: encodeAlterPartitionReassignmentsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeAlterPartitionReassignmentsResponse }
  t[46] = { encodeRequest: encodeListPartitionReassignmentsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeListPartitionReassignmentsResponse }
  t[47] = { encodeRequest: encodeOffsetDeleteRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeOffsetDeleteResponse }
  t[48] = { encodeRequest: encodeDescribeClientQuotasRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeDescribeClientQuotasResponse }
  t[49] = { encodeRequest: encodeAlterClientQuotasRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeAlterClientQuotasResponse }
  t[50] = { encodeRequest: encodeDescribeUserScramCredentialsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeDescribeUserScramCredentialsResponse }
  t[51] = { encodeRequest: encodeAlterUserScramCredentialsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeAlterUserScramCredentialsResponse }
  t[52] = { encodeRequest: encodeVoteRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeVoteResponse }
  t[53] = { encodeRequest: encodeBeginQuorumEpochRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeBeginQuorumEpochResponse }
  t[54] = { encodeRequest: encodeEndQuorumEpochRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeEndQuorumEpochResponse }
  t[55] = { encodeRequest: encodeDescribeQuorumRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeDescribeQuorumResponse }
  t[56] = { encodeRequest: encodeAlterPartitionRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeAlterPartitionResponse }
  t[57] = { encodeRequest: encodeUpdateFeaturesRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeUpdateFeaturesResponse }
  t[58] = { encodeRequest: encodeEnvelopeRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeEnvelopeResponse }
  t[59] = { encodeRequest: encodeFetchSnapshotRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeFetchSnapshotResponse }
  t[60] = { encodeRequest: encodeDescribeClusterRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeDescribeClusterResponse }
  t[61] = { encodeRequest: encodeDescribeProducersRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeDescribeProducersResponse }
  t[62] = { encodeRequest: encodeBrokerRegistrationRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeBrokerRegistrationResponse }
  t[63] = { encodeRequest: encodeBrokerHeartbeatRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeBrokerHeartbeatResponse }
  t[64] = { encodeRequest: encodeUnregisterBrokerRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeUnregisterBrokerResponse }
  t[65] = { encodeRequest: encodeDescribeTransactionsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeDescribeTransactionsResponse }
  t[66] = { encodeRequest: encodeListTransactionsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeListTransactionsResponse }
  t[67] = { encodeRequest: encodeAllocateProducerIdsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeAllocateProducerIdsResponse }
  t[68] = { encodeRequest: encodeConsumerGroupHeartbeatRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeConsumerGroupHeartbeatResponse }
  t[69] = { encodeRequest: encodeConsumerGroupDescribeRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeConsumerGroupDescribeResponse }
  t[70] = { encodeRequest: encodeControllerRegistrationRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeControllerRegistrationResponse }
  t[71] = { encodeRequest: encodeGetTelemetrySubscriptionsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeGetTelemetrySubscriptionsResponse }
  t[72] = { encodeRequest: encodePushTelemetryRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodePushTelemetryResponse }
  t[73] = { encodeRequest: encodeAssignReplicasToDirsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeAssignReplicasToDirsResponse }
  t[74] = { encodeRequest: encodeListClientMetricsResourcesRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeListClientMetricsResourcesResponse }
  t[75] = { encodeRequest: encodeDescribeTopicPartitionsRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeDescribeTopicPartitionsResponse }
  t[76] = { encodeRequest: encodeShareGroupHeartbeatRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeShareGroupHeartbeatResponse }
  t[77] = { encodeRequest: encodeShareGroupDescribeRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeShareGroupDescribeResponse }
  t[78] = { encodeRequest: encodeShareFetchRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeShareFetchResponse }
  t[79] = { encodeRequest: encodeShareAcknowledgeRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeShareAcknowledgeResponse }
  t[80] = { encodeRequest: encodeAddRaftVoterRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeAddRaftVoterResponse }
  t[81] = { encodeRequest: encodeRemoveRaftVoterRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeRemoveRaftVoterResponse }
  t[82] = { encodeRequest: encodeUpdateRaftVoterRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeUpdateRaftVoterResponse }
  t[83] = { encodeRequest: encodeInitializeShareGroupStateRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeInitializeShareGroupStateResponse }
  t[84] = { encodeRequest: encodeReadShareGroupStateRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeReadShareGroupStateResponse }
  t[85] = { encodeRequest: encodeWriteShareGroupStateRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeWriteShareGroupStateResponse }
  t[86] = { encodeRequest: encodeDeleteShareGroupStateRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeDeleteShareGroupStateResponse }
  t[87] = { encodeRequest: encodeReadShareGroupStateSummaryRequest as ApiClientCodec['encodeRequest'], decodeResponse: decodeReadShareGroupStateSummaryResponse }
  return t
}

/**
 * Request header version for an api version: 2 (flexible: compact tagged-field section) for flexible
 * versions, 1 otherwise, 0 only for ControlledShutdown v0 (which predates the client id).
 */
export function requestHeaderVersion(apiKey: number, apiVersion: number): number {
  const d = BY_KEY[apiKey]
  if (d === undefined) throw new RangeError(`unknown api key ${apiKey}`)
  if (apiKey === 7 && apiVersion === 0) return 0
  return d.flexibleMin >= 0 && apiVersion >= d.flexibleMin ? 2 : 1
}

/**
 * Response header version: 1 for flexible versions, 0 otherwise, and always 0 for ApiVersions so that a
 * client that does not yet know the broker's versions can read the answer.
 */
export function responseHeaderVersion(apiKey: number, apiVersion: number): number {
  const d = BY_KEY[apiKey]
  if (d === undefined) throw new RangeError(`unknown api key ${apiKey}`)
  if (apiKey === 18) return 0
  return d.flexibleMin >= 0 && apiVersion >= d.flexibleMin ? 1 : 0
}
