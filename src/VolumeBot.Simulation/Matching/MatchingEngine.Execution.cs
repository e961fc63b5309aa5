using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Market;

namespace VolumeBot.Simulation.Matching;

public sealed partial class MatchingEngine
{
    private void Execute(SimOrder order)
    {
        var request = order.Request;
        if (request.ReduceOnly && !ApplyReduceOnly(order))
        {
            Finish(order, OrderStatus.Rejected, RejectReasons.ReduceOnly);
            return;
        }

        var crosses = request.Kind == OrderKind.Market || Crosses(request.Side, request.Price!.Value);
        switch (request.Kind)
        {
            case OrderKind.PostOnly when crosses:
                Finish(order, OrderStatus.Rejected, RejectReasons.PostOnlyWouldCross);
                return;
            case OrderKind.ImmediateOrCancel or OrderKind.Market:
                Take(order, request.Kind == OrderKind.Market ? null : request.Price);
                if (order.Remaining > 0)
                {
                    Finish(order, OrderStatus.Canceled, request.Kind == OrderKind.Market ? RejectReasons.NoLiquidity : RejectReasons.ImmediateOrCancel);
                }

                return;
            case OrderKind.Limit when crosses:
                Take(order, request.Price);
                break;
        }

        if (order.Remaining > 0)
        {
            Rest(order);
        }
    }

    private bool ApplyReduceOnly(SimOrder order)
    {
        var position = _positions.GetValueOrDefault(order.Account);
        var reducing = order.Request.Side == Side.Buy ? position < 0 : position > 0;
        if (!reducing)
        {
            return false;
        }

        order.Quantity = Math.Min(order.Quantity, Math.Abs(position));
        return true;
    }

    private bool Crosses(Side side, decimal price) => side == Side.Buy ? price >= _model.BestAsk : price <= _model.BestBid;

    /// <summary>Walks the opposite side of the synthetic book up to the limit (all visible levels for a market order).</summary>
    private void Take(SimOrder order, decimal? limit)
    {
        var side = order.Request.Side;
        var bookSide = side.Opposite();
        for (var level = 0; level < _model.LevelCount(bookSide) && order.Remaining > 0; level++)
        {
            var price = _model.LevelPrice(bookSide, level);
            if (limit is { } l && (side == Side.Buy ? price > l : price < l))
            {
                break;
            }

            var taken = _model.Consume(side, level, order.Remaining);
            if (taken > 0)
            {
                AddFill(order, taken, price, LiquidityRole.Taker);
                RecordPublicTrade(side, price, taken, _time.GetUtcNow());
            }
        }

        if (order.Remaining == 0)
        {
            Finish(order, OrderStatus.Filled, null);
        }
    }

    private void Rest(SimOrder order)
    {
        var price = order.Request.Price!.Value;
        order.QueueAhead = _model.SizeAt(order.Request.Side, price);
        order.Status = order.Filled > 0 ? OrderStatus.PartiallyFilled : OrderStatus.Open;
        _resting.Add(order);
        Raise(new SimOrderChanged(order.Account, order.ToSnapshot()));
    }

    /// <summary>The market moved through a resting order: someone traded at its price.</summary>
    private void FillTradedThrough()
    {
        foreach (var order in _resting.ToList())
        {
            var price = order.Request.Price!.Value;
            var through = order.Request.Side == Side.Buy ? _model.BestAsk <= price : _model.BestBid >= price;
            if (through)
            {
                FillResting(order, order.Remaining);
            }
        }
    }

    /// <summary>Another trader's market order reaches resting orders at or better than the touch, queue first.</summary>
    private void FillFromFlow(TakerFlow flow)
    {
        var makerSide = flow.TakerSide.Opposite();
        var touch = flow.Price ?? (makerSide == Side.Buy ? _model.BestBid : _model.BestAsk);
        RecordPublicTrade(flow.TakerSide, touch, flow.Size, _lastStep);
        var candidates = _resting.Where(o => o.Request.Side == makerSide)
            .OrderBy(o => makerSide == Side.Buy ? -o.Request.Price!.Value : o.Request.Price!.Value)
            .ThenBy(o => o.CreatedAt)
            .ToList();
        var size = flow.Size;
        foreach (var order in candidates)
        {
            var price = order.Request.Price!.Value;
            var better = makerSide == Side.Buy ? price > touch : price < touch;
            if (!better && price != touch)
            {
                break;
            }

            if (!better)
            {
                var queued = Math.Min(size, order.QueueAhead);
                order.QueueAhead -= queued;
                size -= queued;
            }

            var take = Math.Min(size, order.Remaining);
            if (take > 0)
            {
                FillResting(order, take);
                size -= take;
            }

            if (size <= 0)
            {
                break;
            }
        }
    }

    private void FillResting(SimOrder order, decimal size)
    {
        AddFill(order, size, order.Request.Price!.Value, LiquidityRole.Maker);
        if (order.Remaining == 0)
        {
            Finish(order, OrderStatus.Filled, null);
        }
        else
        {
            order.Status = OrderStatus.PartiallyFilled;
            Raise(new SimOrderChanged(order.Account, order.ToSnapshot()));
        }
    }

    private void AddFill(SimOrder order, decimal size, decimal price, LiquidityRole role)
    {
        var notional = size * price;
        var fee = notional * (role == LiquidityRole.Maker ? Fees.MakerRate : Fees.TakerRate);
        var fill = new Fill($"{++_fillSequence}", order.OrderId, order.Request.ClientOrderId, order.Request.Side, size, price, fee, role, _time.GetUtcNow());
        order.Filled += size;
        order.Notional += notional;
        _fillsByOrder[order.OrderId].Add(fill);
        _positions[order.Account] = _positions.GetValueOrDefault(order.Account) + order.Request.Side.Sign() * size;
        Raise(new SimFillHappened(order.Account, fill));
    }

    private void Finish(SimOrder order, OrderStatus status, string? reason)
    {
        order.Status = status;
        order.CancelReason = reason;
        _resting.Remove(order);
        Raise(new SimOrderChanged(order.Account, order.ToSnapshot()));
    }
}
